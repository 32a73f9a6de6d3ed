# one-character latin-1 strings are cached; wider ones are not
s = "hello"
print(s[0] is "h", s[1] is s[1], chr(104) is "h", chr(233) is "\xe9")
print(chr(255) is chr(255), chr(256) is chr(256), chr(0x4E2D) is chr(0x4E2D))
w = "中文"
print(w[0] is w[0], w[0] == w[0])
print(bytes([65]) is b"A", b"xyz"[0:1] is b"x")
