x = "é" + """abc
