# the order of try/except/else/finally blocks, including return inside finally
def f(kind):
    try:
        print("try", kind)
        if kind == "raise":
            raise ValueError(kind)
        if kind == "return":
            return "from try"
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for k in ("ok", "raise", "return"):
    print("->", f(k))
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
h()
