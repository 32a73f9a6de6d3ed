# Runtime errors raised by class and mapping patterns.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["x"]
    x = 1

class NonStr:
    __match_args__ = (1,)

class Two:
    __match_args__ = ("a", "a")
    a = 5

def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

def m1():
    match NoArgs():
        case NoArgs(1):
            pass

def m2():
    match BadArgs():
        case BadArgs(1):
            pass

def m3():
    match NonStr():
        case NonStr(1):
            pass

def m4():
    match Two():
        case Two(a, b):
            pass

def m5():
    not_a_type = len
    match 3:
        case not_a_type():
            pass

def m6():
    match 3:
        case int(1, 2):
            pass

def m7():
    match Two():
        case Two(x, a=5):
            pass

def m8():
    class K:
        a = 1
    match {"a": 1}:
        case {K.a: x, 1: y}:
            pass

def m9():
    match [1, 2]:
        case [x, y] if 1 / 0:
            pass

for i, f in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9], 1):
    attempt(f"m{i}", f)

match NoArgs():
    case NoArgs(1, 2):
        pass
