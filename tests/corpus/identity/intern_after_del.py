# an interned string made at run time is the same object until every reference goes away
import sys
s = sys.intern("".join(["runtime", "_interned_", "value"]))
t = sys.intern("".join(["runtime_", "interned_value"]))
print(s is t)
same = "runtime_interned_value"
print(same is s)
