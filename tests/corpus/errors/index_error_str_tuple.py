# IndexError for str and tuple indexes
t = ("a", "b")
s = "xy"
print(s[1], t[1])
print(t[5])
