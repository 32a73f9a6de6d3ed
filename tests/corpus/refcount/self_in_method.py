# inside a method self is one more reference; a call on a temporary holds only the call's
import sys
class K:
    def count(self):
        return sys.getrefcount(self)
    def count2(self):
        inner = self
        return sys.getrefcount(self)
k = K()
print(k.count())
print(k.count2())
print(K().count())
print(K.count(k))
