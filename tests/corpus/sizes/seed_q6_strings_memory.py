# the seed's sum of getsizeof over a list of one repeated string (smaller: 100,000 items)
import sys
strings = ["common_key"] * 100000
total_size = sum(sys.getsizeof(s) for s in strings)
print(f"Without interning: {total_size:,} bytes")
interned = [sys.intern("common_key") for _ in range(100000)]
unique_objects = len(set(id(s) for s in interned))
print(f"Unique objects: {unique_objects}")
print(sys.getsizeof(strings), sys.getsizeof(interned))
