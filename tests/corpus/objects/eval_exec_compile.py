# eval, exec and compile with default and explicit namespaces.
x = 10
print(eval("x + 1"), eval("[i * x for i in range(3)]"), eval("  x"), eval("'const'"))


def f(a):
    b = 2
    return eval("a + b"), eval("a * 10", {"a": 5}), eval("a", None, {"a": 7})


print(f(1))
g = {}
exec("y = 5\nz = y * 2", g)
print(g["z"], sorted(g), "__builtins__" in g)
exec("w = 3")
print(w)
ns = {"n": 4}
exec("def sq():\n    return n * n\nresult = sq()", ns)
print(ns["result"], ns["sq"].__name__)
code = compile("1 + 2", "<c>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code = compile("print('compiled exec')", "<c>", "exec")
print(exec(code))
try:
    compile("nonlocal q\n", "<snippet>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.filename, repr(e.text))
for bad in (lambda: eval(3), lambda: compile("1", "f", "bad"), lambda: exec("1", 5), lambda: eval()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def r():
    return eval("1/0")


r()
