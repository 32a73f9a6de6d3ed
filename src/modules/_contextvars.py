# heapscope: a stand-in for CPython's C module _contextvars (Python/context.c). One context
# for the whole program: heapscope's threads share it.

_MISSING = object()


class Context:
    __module__ = "_contextvars"

    def __init__(self):
        self._vars = {}

    def run(self, callable, *args, **kwargs):
        global _current
        saved = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved

    def copy(self):
        new = Context()
        new._vars = dict(self._vars)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._vars[var]

    def __contains__(self, var):
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()


_current = Context()


def copy_context():
    return _current.copy()


class Token:
    __module__ = "_contextvars"
    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self.var = var
        self.old_value = old_value
        self._used = False

    def __repr__(self):
        return "<Token%s var=%r at 0x%x>" % (" used" if self._used else "", self.var, id(self))


class ContextVar:
    __module__ = "_contextvars"

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self.name = name
        self._default = default

    def get(self, *args):
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        vars = _current._vars
        token = Token(_current, self, vars.get(self, _MISSING))
        vars[self] = value
        return token

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token.var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._context is not _current:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token.old_value is _MISSING:
            del _current._vars[self]
        else:
            _current._vars[self] = token.old_value

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        default = ""
        if self._default is not _MISSING:
            default = " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at 0x%x>" % (self.name, default, id(self))
