x = "éé" + "abc
