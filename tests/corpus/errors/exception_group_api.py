# BaseExceptionGroup/ExceptionGroup construction checks, split/subgroup/derive, metadata copied to parts
import sys
for args in [(), ("m",), (1, []), ("m", 5), ("m", []), ("m", [1]), ("m", [ValueError(), KeyboardInterrupt()])]:
    for cls in (BaseExceptionGroup, ExceptionGroup):
        try:
            e = cls(*args)
            print(cls.__name__, "->", type(e).__name__, repr(e), str(e))
        except Exception as x:
            print(cls.__name__, type(x).__name__, x)
try:
    ExceptionGroup("m", [ValueError()], x=1)
except TypeError as x:
    print(x)
class MyEG(ExceptionGroup):
    pass
try:
    MyEG("m", [KeyboardInterrupt()])
except TypeError as x:
    print(x)
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError), eg.split(Exception)[0] is eg)
print(repr(eg.derive([ValueError(9)])), eg.message, eg.exceptions, eg.args)
try:
    eg.split(5)
except TypeError as x:
    print(x)
eg2 = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(eg2.split(ValueError)))
print(ExceptionGroup.__mro__, ExceptionGroup.__bases__, issubclass(ExceptionGroup, Exception))
print(ExceptionGroup[int])
try:
    eg.message = "x"
except AttributeError as x:
    print(x)
eg.__notes__ = ["note"]
print(eg.split(TypeError)[0].__notes__)
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(KeyError)
    print(m.__traceback__ is caught.__traceback__, m.__context__, repr(r))
print(str(ExceptionGroup("one", [ValueError()])))
