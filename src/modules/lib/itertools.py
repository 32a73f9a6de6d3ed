# Modules/itertoolsmodule.c written in Python: each iterator is a class whose __next__ does
# what the C type's tp_iternext does (and holds the same references).

import sys as _sys


def _iter_class(cls):
    cls.__module__ = 'itertools'
    return cls


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


@_iter_class
class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, (int, float, complex)) or hasattr(t, '__index__')
                    or hasattr(t, '__int__') or hasattr(t, '__float__')):
                raise TypeError("a number is required")
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        result = self._cnt
        self._cnt = result + self._step
        return result

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"{type(self).__name__}({self._cnt!r})"
        return f"{type(self).__name__}({self._cnt!r}, {self._step!r})"


@_iter_class
class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if not self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index += 1
        if self._index >= len(self._saved):
            self._index = 0
        return item


@_iter_class
class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __slots__ = ('_element', '_cnt')

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            self._cnt = max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return f"{type(self).__name__}({self._element!r})"
        return f"{type(self).__name__}({self._element!r}, {self._cnt})"


@_iter_class
class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


@_iter_class
class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
            if stop is not None and (not isinstance(stop, int) or not 0 <= stop <= _sys.maxsize):
                raise ValueError("Stop argument for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
        elif 2 <= len(args) <= 3:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
            for v in (start, stop):
                if v is not None and (not isinstance(v, int) or not 0 <= v <= _sys.maxsize):
                    raise ValueError("Indices for islice() must be None or an integer: "
                                     "0 <= x <= sys.maxsize.")
        elif not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        if step is not None:
            if not isinstance(step, int) or step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = 0 if start is None else start
        self._stop = -1 if stop is None else stop
        self._step = 1 if step is None else step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop != -1 and self._next > stop):
            self._next = stop
        return item


@_iter_class
class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        if self._total is None:
            self._total = val
        elif self._func is None:
            self._total = self._total + val
        else:
            self._total = self._func(self._total, val)
        return self._total


@_iter_class
class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if not isinstance(args, tuple):
            args = tuple(args)
        return self._func(*args)


@_iter_class
class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __slots__ = ('_func', '_it', '_stop')

    def __init__(self, predicate, iterable, /):
        self._func = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


@_iter_class
class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ('_func', '_it', '_start')

    def __init__(self, predicate, iterable, /):
        self._func = predicate
        self._it = iter(iterable)
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._start:
                return item
            if not self._func(item):
                self._start = True
                return item


@_iter_class
class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            ok = bool(item) if self._func is None else self._func(item)
            if not ok:
                return item


@_iter_class
class compress:
    """Return data elements corresponding to true selector elements."""

    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


@_iter_class
class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""

    __slots__ = ('_its', '_active', '_fillvalue')

    def __init__(self, *args, fillvalue=None):
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                result.append(self._fillvalue)
        return tuple(result)


@_iter_class
class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __slots__ = ('_it', '_old')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._old is None:
            try:
                self._old = next(self._it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(self._it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        result = (self._old, new)
        self._old = new
        return result


@_iter_class
class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = tuple(pools)
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._result is None:
            if any(len(p) == 0 for p in pools):
                self._stopped = True
                raise StopIteration
            self._result = tuple(p[0] for p in pools)
            return self._result
        indices = self._indices
        result = list(self._result)
        for i in reversed(range(len(pools))):
            pool = pools[i]
            indices[i] += 1
            if indices[i] == len(pool):
                indices[i] = 0
                result[i] = pool[0]
            else:
                result[i] = pool[indices[i]]
                self._result = tuple(result)
                return self._result
        self._stopped = True
        raise StopIteration


@_iter_class
class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_result', '_stopped')

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._result = None
        self._stopped = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        indices, cycles = self._indices, self._cycles
        if self._result is None:
            self._result = tuple(pool[i] for i in indices[:r])
            return self._result
        if n == 0:
            self._stopped = True
            raise StopIteration
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                self._result = tuple(pool[i] for i in indices[:r])
                return self._result
        self._stopped = True
        raise StopIteration


@_iter_class
class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ('_pool', '_r', '_indices', '_result', '_stopped')

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._result = None
        self._stopped = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        indices = self._indices
        if self._result is None:
            self._result = tuple(pool[i] for i in indices)
            return self._result
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        self._result = tuple(pool[i] for i in indices)
        return self._result


@_iter_class
class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    __slots__ = ('_pool', '_r', '_indices', '_result', '_stopped')

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._result = None
        self._stopped = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        indices = self._indices
        if self._result is None:
            self._result = tuple(pool[i] for i in indices)
            return self._result
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._stopped = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        self._result = tuple(pool[i] for i in indices)
        return self._result


@_iter_class
class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _marker:
            gbo._step()
        if not gbo._currkey == self._tgtkey:
            raise StopIteration
        value = gbo._currvalue
        gbo._currvalue = _marker
        return value


_marker = object()


@_iter_class
class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)
        newkey = newvalue if self._keyfunc is None else self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _tee_dataobject:
    __slots__ = ('it', 'values', 'nextlink')

    def __init__(self, it):
        self.it = it
        self.values = []
        self.nextlink = None


@_iter_class
class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_data', '_index', '__weakref__')

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if self._index >= 57:
            if data.nextlink is None:
                data.nextlink = _tee_dataobject(data.it)
            data = self._data = data.nextlink
            self._index = 0
        if self._index < len(data.values):
            value = data.values[self._index]
        else:
            value = next(data.it)
            data.values.append(value)
        self._index += 1
        return value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._data = self._data
        new._index = self._index
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee.__new__(_tee)
        first._data = _tee_dataobject(it)
        first._index = 0
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
