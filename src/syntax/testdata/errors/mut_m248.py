# str(), strip and replace on exact str return the same object when nothing changes
s = "hello"
print(str(s) is s, s.strip() is s, s.replace("z", "q") is s, s.join([]) == "", "".join([s]) is s)
clasMyStr(str):
    pass
m = MyStr("hello")
print(str(m) is m, type(str(m)).__name__, m == s, m is s)
