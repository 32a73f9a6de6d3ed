# deepcopy of bytearray makes a new one; range and bytes are atomic
import copy
ba = bytearray(b"ab")
c = copy.copy(ba)
d = copy.deepcopy(ba)
print(c == ba, c is ba, d is ba)
r = range(5)
bx = b"x"
print(copy.deepcopy(r) is r, copy.deepcopy(bx) is bx)
