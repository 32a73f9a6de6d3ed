# identical literal strings in containers built in one module are the same object
a = ["spam", "eggs", "spam"]
b = ("spam", "eggs")
print(a[0] is a[2], a[0] is b[0], a[1] is b[1])
d = {"spam": 1}
print(list(d)[0] is a[0])
print(" spam"[1:] is "spam", "spam "[:4] is "spam")
