# seed Q2 diagram block, verbatim: x = [1,2,3]; y = x; del x; del y (prints nothing)
x = [1, 2, 3]    # refcount = 1
y = x            # refcount = 2
del x            # refcount = 1
del y            # refcount = 0 → память освобождена
