# an automatic collection runs inside the allocation that crosses the threshold, in the middle of a statement
import gc
gc.collect()
class C:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("  collected", self.name)
C("garbage-1")
C("garbage-2")
gc.set_threshold(gc.get_count()[0] + 3)
print("building list")
made = [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]
print("built", len(made))
gc.set_threshold(700)
