# three chained exceptions mixing implicit context and explicit cause
def level3():
    raise KeyError("level3")
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError("level2")
def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("level1") from e
level1()
