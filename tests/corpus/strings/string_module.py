# The string module's constants and capwords.
import string
import sys

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))
print(len(string.printable), string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.capwords(" hello   wORLD  "), string.capwords("a-b c-d", "-"), repr(string.capwords("")), string.capwords("x", None))
print(string.capwords.__name__, string.capwords.__defaults__, type(string.digits).__name__)
from string import digits, capwords
print(digits is string.digits, capwords("one two"))
string.capwords(5)
