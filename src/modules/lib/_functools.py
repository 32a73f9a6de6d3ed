# Modules/_functoolsmodule.c written in Python: reduce, cmp_to_key, partial and the
# lru_cache wrapper object (bounded_lru_cache_wrapper, infinite_lru_cache_wrapper,
# uncached_lru_cache_wrapper and lru_cache_make_key), run as C code.

from reprlib import recursive_repr
from types import GenericAlias, MethodType

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /):
    """reduce(function, iterable[, initial]) -> value"""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class KeyWrapper:
    __module__ = 'functools'
    __slots__ = ('cmp', 'obj')

    def __call__(self, obj):
        new = KeyWrapper.__new__(KeyWrapper)
        new.cmp = self.cmp
        new.obj = obj
        return new

    def _compare(self, other, op):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return op(self.cmp(self.obj, other.obj), 0)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    key = KeyWrapper.__new__(KeyWrapper)
    key.cmp = mycmp
    return key


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
"""

    __module__ = 'functools'

    __slots__ = "func", "args", "keywords", "__dict__", "__weakref__"

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")

        if hasattr(func, "func"):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func

        self = super(partial, cls).__new__(cls)

        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        if type(self).__module__ == "functools":
            return f"functools.{qualname}({', '.join(args)})"
        return f"{qualname}({', '.join(args)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
               self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
           (kwds is not None and not isinstance(kwds, dict)) or
           (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")

        args = tuple(args) # just in case it's a subclass
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict: # XXX does it need to be *exactly* dict?
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}

        self.__dict__ = namespace
        self.func = func
        self.args = args
        self.keywords = kwds

try:
    from _functools import partial
except ImportError:
    pass

# Descriptor version
class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor"
                                 .format(func))

        # func could be a descriptor like classmethod which isn't callable,
        # so we can't inherit from partial (it verifies func is callable)
        if isinstance(func, partialmethod):
            # flattening is mandatory in order to place cls/self before all
            # other arguments
            # it's also more efficient since only one function will be called
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v)
                                 for k, v in self.keywords.items())
        format_string = "{module}.{cls}({func}, {args}, {keywords})"
        return format_string.format(module=self.__class__.__module__,
                                    cls=self.__class__.__qualname__,
                                    func=self.func,
                                    args=args,
                                    keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                # Assume __get__ returning something new indicates the
                # creation of an appropriate callable
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            # If the underlying descriptor didn't do anything, treat this
            # like an instance method
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


_kwd_mark = object()


def _lru_cache_make_key(args, kwds, typed):
    # lru_cache_make_key: a lone str or int argument is its own key, else the args tuple.
    if not typed and not kwds:
        if len(args) == 1 and type(args[0]) in (str, int):
            return args[0]
        return args
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


class _lru_list_elem:
    __slots__ = ('prev', 'next', 'key', 'result')


class _lru_cache_wrapper:
    """Create a cached callable that wraps another function."""

    __module__ = 'functools'

    def __init__(self, user_function, maxsize, typed, cache_info_type, /):
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        if maxsize is None:
            maxsize = -1
        elif isinstance(maxsize, int):
            maxsize = max(maxsize, 0)
        else:
            raise TypeError("maxsize should be integer or None")
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache_info_type = cache_info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0
        root = _lru_list_elem()
        root.prev = root.next = root
        root.key = root.result = None
        self._root = root

    def __call__(self, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _lru_cache_make_key(args, kwds, self._typed)
        cache = self._cache
        if self._maxsize < 0:
            result = cache.get(key, _initial_missing)
            if result is not _initial_missing:
                self._hits += 1
                return result
            self._misses += 1
            result = self.__wrapped__(*args, **kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        if link is not None:
            self._extract_link(link)
            self._append_link(link)
            self._hits += 1
            return link.result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            return result
        root = self._root
        if len(cache) < self._maxsize or root.next is root:
            link = _lru_list_elem()
            link.key = key
            link.result = result
            cache[key] = link
            self._append_link(link)
            return result
        oldlink = root.next
        self._extract_link(oldlink)
        popresult = cache.pop(oldlink.key, None)
        oldkey = oldlink.key
        oldlink.key = key
        oldresult = oldlink.result
        oldlink.result = result
        cache[key] = oldlink
        self._append_link(oldlink)
        del popresult, oldkey, oldresult
        return result

    @staticmethod
    def _extract_link(link):
        link.prev.next = link.next
        link.next.prev = link.prev

    def _append_link(self, link):
        root = self._root
        last = root.prev
        last.next = root.prev = link
        link.prev = last
        link.next = root

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        maxsize = None if self._maxsize < 0 else self._maxsize
        return self._cache_info_type(self._hits, self._misses, maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        root = self._root
        link = root.next
        root.prev = root.next = root
        self._hits = self._misses = 0
        self._cache.clear()
        while link is not root:
            following = link.next
            link.prev = link.next = None
            link = following

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
