def f(xs):
    for x in xs:
        try:
            if x:
                continue
            g(x)
        except ValueError:
            break
        finally:
            cleanup()
    else:
        return 0
    while xs:
        with lock:
            if xs.pop():
                continue
            break
    try:
        return xs
    finally:
        del xs

def gen():
    try:
        yield 1
    finally:
        print("bye")
    x = yield from other()
    return x

def cond(a, b, c):
    if not (a and b):
        return 1
    if a or b and c:
        return 2
    if (a if b else c):
        return 3
    if a < b < c:
        return 4
    while not a:
        a = b
    return a < b < c

def nested_try():
    try:
        try:
            x = 1
        except E1:
            x = 2
    except E2 as e:
        raise
    try:
        pass
    except:
        pass
