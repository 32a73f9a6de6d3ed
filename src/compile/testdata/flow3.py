def f(x):
    for i in x:
        with a:
            with b as c:
                if c:
                    break
                continue
    try:
        for j in x:
            try:
                return j
            except E:
                continue
            finally:
                x = 0
    except (A, B) as err:
        print(err)
        return err
    else:
        return None
    finally:
        print("f")

def g():
    try:
        return 1
    finally:
        return 2

def h():
    while 1:
        try:
            break
        except:
            pass
    assert (a, b)
    raise

global global_stmt
global_stmt = 1
