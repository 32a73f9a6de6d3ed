# raise from, implicit context, custom exceptions with args
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    try:
        {}["x"]
    except KeyError as e:
        raise AppError(42, "lookup failed") from e
except AppError as err:
    print(err, err.args, err.code, repr(err.__cause__), err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as err:
    print(repr(err), repr(err.__context__), err.__cause__)
try:
    raise AppError(1, "x") from None
except AppError as err:
    print(err.__cause__, err.__suppress_context__, repr(err.__context__))
print(str(Exception()), repr(Exception()), str(Exception("a", 1)), repr(ValueError("v")))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), KeyError.__mro__[-3].__name__)
