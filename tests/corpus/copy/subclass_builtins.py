# copying subclasses of list and dict keeps the subclass and instance attributes
import copy
class MyList(list):
    pass
class MyDict(dict):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
c = copy.copy(ml)
d = copy.deepcopy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1], type(d).__name__, d[1] is ml[1], d.tag)
md = MyDict(a=[1])
md.note = "n"
cm = copy.copy(md)
print(type(cm).__name__, cm, cm["a"] is md["a"], cm.note)
