# temporary copies made inside deepcopy are freed when the copy is dropped
import copy
class T:
    count = 0
    def __init__(self):
        T.count += 1
        self.n = T.count
    def __del__(self):
        print("del", self.n)
    def __deepcopy__(self, memo):
        return T()
orig = [T(), T()]
cp = copy.deepcopy(orig)
print("copied", [t.n for t in cp])
del cp
print("copy dropped")
