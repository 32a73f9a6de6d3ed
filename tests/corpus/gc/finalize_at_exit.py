# finalizers still alive at exit run in reverse order of creation; atexit=False ones never run
import weakref
class Res:
    pass
def report(name):
    print("finalize", name)
objs = []
for name in ["first", "second", "third"]:
    o = Res()
    objs.append(o)
    weakref.finalize(o, report, name)
silent = Res()
weakref.finalize(silent, report, "silent").atexit = False
print("main done")
