# str identity: identifier-like constants are interned, run-time strings are not
import sys
a = "hello"
b = "hel" + "lo"
c = "".join(["hel", "lo"])
d = a[:]
e = a[0:5]
print(a is b, a is c, a is d, a is e, a == c)
f = sys.intern(c)
print(f is a, sys.intern("hello world") is sys.intern("hello world"), "hello world" is "hello world"[:])
g = "not an identifier!"
h = "not an identifier!"
print(g is h, g is ("not an " + "identifier!"))
def k():
    return "hello"
def m():
    return "not an identifier!"
print(k() is a, m() is g, m() is m())
s = str(5)
print(s is "5"[:], str(5) is str(5), repr(5) is repr(5), s is chr(53), chr(53) is chr(53))
print(a.upper().lower() is a, a.strip() is a, a.replace("z", "y") is a, a * 1 is a, a + "" is a)
