# class-body names are not visible inside a comprehension in the class body (except the first iterable)
class A:
    factor = 3
    values = [factor * 2 for _ in range(1)] if False else None
    first_iter_ok = [x for x in range(factor)]
    try:
        bad = [factor * x for x in range(2)]
    except NameError as e:
        err = str(e)
print(A.first_iter_ok, A.err)
