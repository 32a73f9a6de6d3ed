# sizes of scalar objects: float, complex, None, bool, bytes, bytearray, object()
import sys
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(1 + 2j), sys.getsizeof(None))
print(sys.getsizeof(True), sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytes(100)))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(object()), sys.getsizeof(...))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 20)), sys.getsizeof(slice(1, 2)), sys.getsizeof(NotImplemented))
