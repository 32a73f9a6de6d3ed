# strings built from the same pieces are equal but distinct unless interned
import sys
parts = ["common", "_", "key"]
objs = ["".join(parts) for _ in range(5)]
print(len(set(objs)), len({id(o) for o in objs}))
interned = [sys.intern("".join(parts)) for _ in range(5)]
print(len({id(o) for o in interned}), interned[0] is "common_key")
