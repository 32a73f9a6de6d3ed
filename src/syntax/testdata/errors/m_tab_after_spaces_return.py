def f(a, b):
	return a
        return b
