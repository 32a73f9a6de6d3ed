# bytearray is mutable: append, extend, pop, insert, remove, item and slice assignment.
ba = bytearray(b"abc")
alias = ba
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
print(ba, alias is ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba[0] = 66
ba[-1] = ord("Z")
ba[1:3] = b"XYZW"
print(ba)
ba[::2] = b"1234"
print(ba)
del ba[0]
del ba[1:3]
print(ba, ba[0], ba[-2:], ba.upper(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
ba.insert(0, 33)
ba.insert(100, 63)
ba.remove(33)
ba.reverse()
c = ba.copy()
c.clear()
print(ba, c, ba.copy() == ba, ba.copy() is ba, ba + b"!", type(ba + b"!").__name__, type(b"!" + ba).__name__)
for call in (lambda: ba.append(256), lambda: ba.append("a"), lambda: bytearray().pop(), lambda: ba.pop(50),
             lambda: ba.__setitem__(0, 256), lambda: ba.extend(1), lambda: ba.extend([1000]), lambda: ba.remove(200),
             lambda: ba["x"], lambda: ba[50], lambda: ba.__setitem__(slice(0, 4, 2), b"abc"), lambda: hash(ba)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
