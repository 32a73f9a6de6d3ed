# registering a reducer with copyreg changes how copy and deepcopy build the copy
import copy
import copyreg
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def reduce_point(p):
    print("reduce_point called")
    return (Point, (p.x * 10, p.y * 10))
copyreg.pickle(Point, reduce_point)
p = Point(1, 2)
print(copy.copy(p), copy.deepcopy(p))
del copyreg.dispatch_table[Point]
print(copy.copy(p))
