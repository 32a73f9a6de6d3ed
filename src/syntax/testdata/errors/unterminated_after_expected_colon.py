if x
    y = "abc
