# copy.Error and copy.error are the same exception class
import copy
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
class Weird:
    def __reduce_ex__(self, proto):
        return "a string"
w = Weird()
print(copy.copy(w) is w, copy.deepcopy(w) is w)
