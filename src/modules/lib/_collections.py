# Modules/_collectionsmodule.c written in Python: deque (with the block bookkeeping that
# sys.getsizeof reports), defaultdict and OrderedDict.

import sys as _sys

_BLOCKLEN = 64
_CENTER = (_BLOCKLEN - 1) // 2
# sizeof(dequeobject) and sizeof(block) on 64-bit builds.
_DEQUE_BASICSIZE = 216
_BLOCK_SIZE = 8 * _BLOCKLEN + 16

_repr_running = set()


def _check_index(n):
    if not isinstance(n, int):
        n = n.__index__()
    return n


class _deque_iterator:
    __slots__ = ('_deque', '_index', '_state', '_counter')

    def __init__(self, deque, reverse=False):
        self._deque = deque
        self._index = 0
        self._state = deque._state
        self._counter = len(deque._items)

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError("deque mutated during iteration")
        if self._counter == 0:
            raise StopIteration
        item = d._items[self._index]
        self._index += 1
        self._counter -= 1
        return item

    def __length_hint__(self):
        return self._counter


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()

    def __init__(self, deque):
        super().__init__(deque)
        self._index = len(deque._items) - 1

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError("deque mutated during iteration")
        if self._counter == 0:
            raise StopIteration
        item = d._items[self._index]
        self._index -= 1
        self._counter -= 1
        return item


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = 'collections'
    __slots__ = ('_items', '_maxlen', '_leftindex', '_rightindex', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._maxlen = -1
        self._leftindex = _CENTER + 1
        self._rightindex = _CENTER
        self._state = 0
        return self

    def __init__(self, iterable=None, maxlen=None):
        if maxlen is not None:
            maxlen = _check_index(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        else:
            maxlen = -1
        self._maxlen = maxlen
        if self._items:
            self.clear()
        if iterable is not None:
            self.extend(iterable)

    # Block bookkeeping (deque_append_internal, deque_pop, ...): only the indexes matter.
    def _grow_right(self):
        if self._rightindex == _BLOCKLEN - 1:
            self._rightindex = -1
        self._rightindex += 1

    def _grow_left(self):
        if self._leftindex == 0:
            self._leftindex = _BLOCKLEN
        self._leftindex -= 1

    def _shrink_right(self):
        self._rightindex -= 1
        if self._rightindex < 0:
            if self._items:
                self._rightindex = _BLOCKLEN - 1
            else:
                self._leftindex = _CENTER + 1
                self._rightindex = _CENTER

    def _shrink_left(self):
        self._leftindex += 1
        if self._leftindex == _BLOCKLEN:
            if self._items:
                self._leftindex = 0
            else:
                self._leftindex = _CENTER + 1
                self._rightindex = _CENTER

    def _trim_left(self):
        # deque_trim_left
        if 0 <= self._maxlen < len(self._items):
            item = self._items.pop(0)
            self._shrink_left()
            del item

    def _trim_right(self):
        if 0 <= self._maxlen < len(self._items):
            item = self._items.pop()
            self._shrink_right()
            del item

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return None if self._maxlen < 0 else self._maxlen

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._grow_right()
        self._items.append(x)
        self._state += 1
        self._trim_left()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._grow_left()
        self._items.insert(0, x)
        self._state += 1
        self._trim_right()

    def pop(self, /):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        item = self._items.pop()
        self._shrink_right()
        self._state += 1
        return item

    def popleft(self, /):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        item = self._items.pop(0)
        self._shrink_left()
        self._state += 1
        return item

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        if self._maxlen == 0:
            for _ in it:
                pass
            return
        if not self._items:
            # Space saving heuristic: start filling from the left.
            self._leftindex = 1
            self._rightindex = 0
        for x in it:
            self.append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        if self._maxlen == 0:
            for _ in it:
                pass
            return
        if not self._items:
            self._leftindex = _BLOCKLEN - 1
            self._rightindex = _BLOCKLEN - 2
        for x in it:
            self.appendleft(x)

    def clear(self, /):
        """Remove all elements from the deque."""
        items = self._items
        self._items = []
        self._leftindex = _CENTER + 1
        self._rightindex = _CENTER
        self._state += 1
        while items:
            items.pop()

    def copy(self, /):
        """Return a shallow copy of a deque."""
        return type(self)(self, self.maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for x in self._items:
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value."""
        n = len(self._items)
        start = _check_index(start)
        stop = _check_index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            x = self._items[i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value, /):
        """Insert value before index."""
        index = _check_index(index)
        n = len(self._items)
        if self._maxlen == n:
            raise IndexError("deque already at its maximum size")
        if index >= n:
            return self.append(value)
        if index <= -n or index == 0:
            return self.appendleft(value)
        self.rotate(-index)
        if index < 0:
            self.append(value)
        else:
            self.appendleft(value)
        self.rotate(index)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        for i, x in enumerate(self._items):
            if x is value or x == value:
                del self[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self, /):
        """Reverse *IN PLACE*"""
        self._items.reverse()
        self._state += 1

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _check_index(n)
        items = self._items
        length = len(items)
        if length <= 1:
            return
        halflen = length >> 1
        if n > halflen or n < -halflen:
            n %= length
            if n > halflen:
                n -= length
            elif n < -halflen:
                n += length
        self._state += 1
        if n == 0:
            return
        # _deque_rotate moves the items a block at a time; the end indexes follow.
        left, right, m = self._leftindex, self._rightindex, n
        while m > 0:
            if left == 0:
                left = _BLOCKLEN
            step = min(m, right + 1, left)
            right -= step
            left -= step
            m -= step
            if right < 0:
                right = _BLOCKLEN - 1
        while m < 0:
            if right == _BLOCKLEN - 1:
                right = -1
            step = min(-m, _BLOCKLEN - left, _BLOCKLEN - 1 - right)
            left += step
            right += step
            m += step
            if left == _BLOCKLEN:
                left = 0
        self._leftindex, self._rightindex = left, right
        self._items = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) != 0

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        """D.__reversed__() -- return a reverse iterator over the deque"""
        return _deque_reverse_iterator(self)

    def __contains__(self, value):
        state = self._state
        for x in self._items:
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def _index_of(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = i.__index__()
            else:
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._index_of(i)]

    def __setitem__(self, i, value):
        self._items[self._index_of(i)] = value

    def __delitem__(self, i):
        i = self._index_of(i)
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            inner = repr(self._items)
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen >= 0:
            return f"{name}({inner}, maxlen={self._maxlen})"
        return f"{name}({inner})"

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _check_index(n)
        if n <= 0:
            self.clear()
            return self
        items = list(self._items)
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __sizeof__(self):
        blocks = (self._leftindex + len(self._items) + _BLOCKLEN - 1) // _BLOCKLEN
        return _DEQUE_BASICSIZE + blocks * _BLOCK_SIZE

    def __reduce__(self):
        return type(self), ((), self.maxlen), None, iter(self)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __module__ = 'collections'
    __slots__ = ('default_factory',)

    def __init__(self, *args, **kwargs):
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError("first argument must be callable or None")
            args = args[1:]
        else:
            factory = None
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return f"{type(self).__name__}({frepr}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __sizeof__(self):
        return dict.__sizeof__(self) + 8

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _odict_view:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{self._kind}({list(self)!r})"


class odict_keys(_odict_view):
    __slots__ = ()
    _kind = 'odict_keys'

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __contains__(self, key):
        return key in self._mapping


class odict_values(_odict_view):
    __slots__ = ()
    _kind = 'odict_values'

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))


class odict_items(_odict_view):
    __slots__ = ()
    _kind = 'odict_items'

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    __module__ = 'collections'
    # The linked-list nodes of odictobject.c each hold a reference to their key: here a
    # dict from key to None, in the same order as the mapping.
    __slots__ = ('_od_nodes', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwds):
        self = dict.__new__(cls)
        self._od_nodes = {}
        return self

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)
        if key not in self._od_nodes:
            self._od_nodes[key] = None

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        del self._od_nodes[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self:
            value = dict.pop(self, key)
            del self._od_nodes[key]
            return value
        if default is OrderedDict._missing:
            raise KeyError(key)
        return default

    def clear(self):
        dict.clear(self)
        self._od_nodes.clear()

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            if not self:
                return f"{type(self).__name__}()"
            return f"{type(self).__name__}({list(dict.items(self))!r})"
        finally:
            _repr_running.discard(key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        del self._od_nodes[key]
        if last:
            dict.__setitem__(self, key, value)
            self._od_nodes[key] = None
            return
        rest = list(dict.items(self))
        dict.clear(self)
        self._od_nodes.clear()
        dict.__setitem__(self, key, value)
        self._od_nodes[key] = None
        for k, v in rest:
            dict.__setitem__(self, k, v)
            self._od_nodes[k] = None

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        del self._od_nodes[key]
        return key, value

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __sizeof__(self):
        # odict_sizeof: the dict and the od_* fields.
        return dict.__sizeof__(self) + 48

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)




class _tuplegetter:
    __slots__ = ('_index', '_doc')

    def __init__(self, index, doc, /):
        self._index = index
        self._doc = doc

    @property
    def __doc__(self):
        return self._doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if not isinstance(obj, tuple):
            raise TypeError(f"descriptor for index '{self._index}' for tuple subclasses "
                            f"doesn't apply to '{type(obj).__name__}' object")
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f"{type(self).__name__}({self._index}, {self._doc!r})"

    def __reduce__(self):
        return type(self), (self._index, self._doc)
