def f():
    x = 1
    class A:
        x = 2
        def g(self):
            nonlocal x
