# LEGB name resolution: local, enclosing, global and builtin, including shadowing len
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    def inner_local():
        x = "local x"
        return x
    return inner(), inner_local()
print(outer(), x)
def uses_builtin(s):
    return len(s)
len = lambda s: "shadowed"
print(uses_builtin("abc"))
del len
print(uses_builtin("abc"))
import builtins
print(builtins.len is len, "print" in dir(builtins))
