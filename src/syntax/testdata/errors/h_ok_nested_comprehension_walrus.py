def f():
    return [y := 1 for x in z]
