# the with statement holds the context manager and the bound __exit__ until the block ends
import sys
class CM:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self
    def __exit__(self, *exc):
        print("exit", sys.getrefcount(self), exc[0])
        return False
    def __del__(self):
        print("CM freed")
with CM() as c:
    print("body", sys.getrefcount(c))
print("after with")
del c
print("---")
with CM():
    print("anonymous body")
print("end")
