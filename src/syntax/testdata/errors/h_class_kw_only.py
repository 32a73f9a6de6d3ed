class A(metaclass=M, **kw, *b): pass
