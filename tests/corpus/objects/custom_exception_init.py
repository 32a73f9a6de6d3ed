# User exceptions with their own __init__: args come from __new__ and super().__init__.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class Quiet(Exception):
    def __init__(self, x):
        self.x = x


class WithStr(Exception):
    def __str__(self):
        return "custom text"


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"


for exc in (AppError(404, "not found"), Quiet(7), WithStr("ignored"), WithRepr("shown")):
    print(type(exc).__name__, str(exc), repr(exc), exc.args)

try:
    raise AppError(500, "server")
except AppError as e:
    print("caught", e.code, e)

try:
    Quiet(1, x=2)
except TypeError as e:
    print("TypeError:", e)

raise AppError(418, "teapot")
