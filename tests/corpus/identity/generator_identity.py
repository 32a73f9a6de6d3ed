# iter() of an iterator returns itself; iter() of a list makes a new iterator
lst = [1, 2]
it = iter(lst)
print(iter(it) is it, iter(lst) is iter(lst), iter(lst) is lst)
g = (x for x in lst)
print(iter(g) is g, next(g), next(g, None), next(g, "end"))
