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



class _Slotted:
    __slots__ = ('member',)


MemberDescriptorType = type(_Slotted.__dict__['member'])
del _Slotted

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)


def _union_repr_item(p):
    if p is type(None):
        return 'None'
    return _ga_repr_item(p)


def _is_unionable(obj):
    # is_unionable (Objects/unionobject.c)
    return (obj is None or isinstance(obj, (type, GenericAlias, UnionType))
            or type(obj).__name__ == 'TypeVar')


def _union_args(obj):
    if obj is None:
        return (type(None),)
    if isinstance(obj, UnionType):
        return obj.__args__
    return (obj,)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ('_args',)

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        return tuple(a for a in self._args if type(a).__name__ == 'TypeVar')

    def __repr__(self):
        return ' | '.join(_union_repr_item(a) for a in self._args)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        for arg in self._args:
            if not isinstance(arg, type):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self._args)

    def __subclasscheck__(self, cls):
        for arg in self._args:
            if not isinstance(arg, type):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self._args)


def _union_or(a, b):
    # _Py_union_type_or: NotImplemented unless both sides can be in a union.
    if not (_is_unionable(a) and _is_unionable(b)):
        return NotImplemented
    args = []
    for arg in _union_args(a) + _union_args(b):
        if arg not in args:
            args.append(arg)
    if len(args) == 1:
        return args[0]
    union = object.__new__(UnionType)
    union._args = tuple(args)
    return union


def _generic_alias_or(self, other):
    return _union_or(self, other)


def _generic_alias_ror(self, other):
    return _union_or(other, self)


GenericAlias.__or__ = _generic_alias_or
GenericAlias.__ror__ = _generic_alias_ror


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    This is a descriptor, used to define attributes that act differently when
    accessed through an instance and through a class.  Instance access remains
    normal, but access to an attribute through a class will be routed to the
    class's __getattr__ method; this is done by raising AttributeError.

    This allows one to have properties active on an instance, and have virtual
    attributes on the class with the same name.  (Enum used this between Python
    versions 3.4 - 3.9 .)

    Subclass from this to use a different method of accessing virtual attributes
    and still be treated properly by the inspect module. (Enum uses this since
    Python 3.10 .)

    """
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # next two lines make DynamicClassAttribute act the same as property
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        # support for abstract methods
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result
