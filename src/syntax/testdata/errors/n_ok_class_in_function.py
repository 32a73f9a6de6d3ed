def f():
    class A:
        x = 1
    return A
