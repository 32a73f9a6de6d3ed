class Foo: def bar(self): pass
