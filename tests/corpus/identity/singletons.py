# None, True, False, Ellipsis and NotImplemented are singletons
print(None is type(None)(), True is bool(1), False is bool([]), ... is Ellipsis)
print(NotImplemented is type(NotImplemented)(), Ellipsis is type(...)())
x = [None, None]
print(x[0] is x[1], (1 == 1) is True, (not 0) is True)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
