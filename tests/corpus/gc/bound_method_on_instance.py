# storing a bound method on its own instance makes a cycle (instance -> method -> instance)
import gc
gc.collect()
class Button:
    def __init__(self, name):
        self.name = name
        self.handler = self.click
    def click(self):
        return self.name
    def __del__(self):
        print("del", self.name)
b = Button("ok")
print(b.handler())
del b
print("after del")
print(gc.collect())
