# The Python half of heapscope's `types` module: GenericAlias (Objects/genericaliasobject.c).


def _ga_repr_item(p):
    # ga_repr_item
    if p is Ellipsis:
        return '...'
    if isinstance(p, GenericAlias):
        return repr(p)
    try:
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if not isinstance(qualname, str) or not isinstance(module, str):
        return repr(p)
    if module == 'builtins':
        return qualname
    return module + '.' + qualname


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        return self

    def __init__(self, origin, args, /):
        pass

    @property
    def __parameters__(self):
        return tuple(a for a in self.__args__ if type(a).__name__ == 'TypeVar')

    def __repr__(self):
        args = self.__args__
        if len(args) == 0:
            inner = '()'
        else:
            inner = ', '.join([_ga_repr_item(a) for a in args])
        return _ga_repr_item(self.__origin__) + '[' + inner + ']'

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return obj

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        if name in ('__origin__', '__args__'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        raise TypeError(f"{self!r} is not a generic class")

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]
