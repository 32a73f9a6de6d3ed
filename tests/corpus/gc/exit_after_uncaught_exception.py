# an uncaught exception: traceback on stderr, then finalizers of globals still run
class N:
    def __del__(self):
        print("N.__del__ at exit")
n = N()
print("before")
raise RuntimeError("stop")
