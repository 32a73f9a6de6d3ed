# which objects the collector tracks
import gc
class Plain:
    pass
class Slotted:
    __slots__ = ("a",)
class Empty:
    __slots__ = ()
def f():
    pass
for name, obj in [("int", 1), ("float", 1.5), ("str", "s"), ("bytes", b"b"), ("bytearray", bytearray()),
                  ("None", None), ("object()", object()), ("list", []), ("set", set()),
                  ("frozenset()", frozenset()), ("function", f), ("class", Plain), ("instance", Plain()),
                  ("slots instance", Slotted()), ("empty slots instance", Empty()), ("()", ()),
                  ("(1, 2)", (1, 2)), ("([],)", ([],)), ("{}", {}), ("{'a': 1}", {"a": 1}),
                  ("{'a': []}", {"a": []}), ("range", range(3)), ("lambda", lambda: 0), ("True", True)]:
    print(name, gc.is_tracked(obj))
