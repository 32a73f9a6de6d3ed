# refcounts of the inner list after assignment, shallow copy and deep copy of its container
import copy
import sys
inner = [1, 2]
outer = [inner, inner]
print(sys.getrefcount(inner))
alias = outer
print(sys.getrefcount(inner))
shallow = copy.copy(outer)
print(sys.getrefcount(inner))
deep = copy.deepcopy(outer)
print(sys.getrefcount(inner), sys.getrefcount(deep[0]), deep[0] is deep[1])
