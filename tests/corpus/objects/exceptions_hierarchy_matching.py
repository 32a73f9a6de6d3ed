# except clauses match through the class hierarchy; tuples of classes; issubclass of builtins.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


class NetError(AppError, ConnectionError):
    pass


for exc in (DbError("db"), NetError("net"), KeyError("k"), ZeroDivisionError("z")):
    try:
        raise exc
    except (KeyError, DbError) as e:
        print("first clause", type(e).__name__, e)
    except AppError as e:
        print("AppError clause", type(e).__name__, [c.__name__ for c in type(e).__mro__])
    except ArithmeticError as e:
        print("ArithmeticError clause", repr(e))
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(NetError, OSError))
print(issubclass(bool, int), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(isinstance(NetError(), (OSError, ValueError)), BaseException.__subclasses__()[:0])
try:
    try:
        raise NetError("wrapped")
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
