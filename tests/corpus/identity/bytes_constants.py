# bytes constants are shared per module; run-time bytes are not
a = b"data!"
b = b"data!"
print(a is b, a is bytes(b"data!"), a is b"da" + b"ta!", a is bytes([100, 97, 116, 97, 33]))
c = b"x"
print(c is bytes([120]), c is b"xy"[:1])
