# An AttributeError raised inside a property getter falls back to __getattr__.
class Widget:
    @property
    def size(self):
        print("size getter")
        return self.missing_field

    def __getattr__(self, name):
        print("__getattr__", name)
        return "fallback " + name


w = Widget()
print(w.size)
print(w.other)


class Strict:
    @property
    def value(self):
        raise AttributeError("value is not ready")


try:
    Strict().value
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Strict(), "value"), getattr(Strict(), "value", "default"))
