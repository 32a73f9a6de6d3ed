# an instance storing its own bound method forms a cycle
import gc
gc.collect()
class Button:
    def __init__(self):
        self.on_click = self.handle
    def handle(self):
        return "clicked"
b = Button()
print(b.on_click())
del b
print(gc.collect())
