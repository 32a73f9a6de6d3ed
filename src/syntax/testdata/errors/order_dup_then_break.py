def f(a, a):
    return
break
