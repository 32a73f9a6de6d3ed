# gc.get_referrers finds the containers that hold an object
import gc
target = ["target"]
holder1 = [target]
holder2 = {"t": target}
holder3 = (target, 1)
class Box:
    pass
b = Box()
b.t = target
refs = gc.get_referrers(target)
print(sorted(type(r).__name__ for r in refs))
print(any(r is holder1 for r in refs), any(r is holder2 for r in refs), any(r is holder3 for r in refs))
print(any(r is b for r in refs), any(r is globals() for r in refs))
