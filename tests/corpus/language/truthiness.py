# truth values, and/or returning operands, not, bool of containers and custom __bool__/__len__
vals = [0, 1, -1, 0.0, "", "0", [], [0], {}, {0: 0}, set(), None, (), (0,), range(0)]
print([bool(v) for v in vals])
print(0 or "default", "" or [] or 0, 1 and 2, 0 and 1, None or None, [] and 1)
print(not 0, not [1], not None)
class T:
    def __len__(self):
        print("len")
        return 0
class U(T):
    def __bool__(self):
        print("bool")
        return True
print(bool(T()), bool(U()), "yes" if U() else "no")
x = [] or {} or "last"
print(x)
