# counts for a value reachable through several paths of one structure
import sys
leaf = {"leaf": True}
tree = {"left": [leaf, leaf], "right": (leaf,), "meta": {"first": leaf}}
print(sys.getrefcount(leaf))
tree["left"].pop()
print(sys.getrefcount(leaf))
right = tree.pop("right")
print(sys.getrefcount(leaf))
del right
print(sys.getrefcount(leaf))
tree.clear()
print(sys.getrefcount(leaf))
