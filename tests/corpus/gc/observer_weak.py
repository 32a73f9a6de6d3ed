# an observer pattern with a WeakSet of listeners: dead listeners stop being notified
import weakref
class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, o):
        self._observers.add(o)
    def notify(self, event):
        for o in sorted(self._observers, key=lambda o: o.name):
            o.update(event)
class Listener:
    def __init__(self, name):
        self.name = name
    def update(self, event):
        print(self.name, "got", event)
s = Subject()
a = Listener("a")
b = Listener("b")
s.attach(a)
s.attach(b)
s.notify("first")
del a
s.notify("second")
print(len(s._observers))
