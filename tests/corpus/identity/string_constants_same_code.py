# equal string constants in one module are the same object, interned or not
a = "hello world!"
b = "hello world!"
print(a is b)
def f():
    return "hello world!"
print(f() is a)
c = "x" * 3
print(c is "xxx")
