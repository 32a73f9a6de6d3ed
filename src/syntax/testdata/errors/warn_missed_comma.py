def f():
    print([1][1.0])
    x = [(1, 2) (3, 4)]
    y = ["a" "b"]
    z = "abc"["x"]
    w = 1[0]
    v = {1}[0]
    u = (lambda: 1)[0]
    t = f"x"["y"]
    s = [1, 2][1:2]
    r = (1, 2)[True]
    q = -1()
    p = "a" + "b" is "ab"
    o = x is (1, 2)
    n = (x for x in y)[0]
    m = [1][None]
    [1][1.0] = 2
