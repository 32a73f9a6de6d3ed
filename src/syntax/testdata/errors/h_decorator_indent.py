def f():
    @dec
        def g(): pass
