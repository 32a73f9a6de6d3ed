# compact string sizes for ASCII, latin-1, UCS-2 and UCS-4 contents
import sys
for n in (0, 1, 2, 10, 100):
    print(n, sys.getsizeof("a" * n), sys.getsizeof("é" * n), sys.getsizeof("中" * n), sys.getsizeof("😀" * n))
print(sys.getsizeof("hello"), sys.getsizeof("hello world"), sys.getsizeof("a" + "é"), sys.getsizeof("a" + "😀"))
