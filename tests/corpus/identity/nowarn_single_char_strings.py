# one-character strings: latin-1 run-time results are cached, the ASCII constant is another object
h = "h"
e_acute = "\xe9"
s = "hello"
print(s[0] is h, s[1] is s[1], chr(104) is h, chr(104) is s[0], chr(233) is e_acute)
w = "中文"
print(chr(255) is chr(255), chr(256) is chr(256), w[0] is w[0])
