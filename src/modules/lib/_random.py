# Modules/_randommodule.c written in Python: the Mersenne Twister (MT19937) and CPython's
# seeding, so seeded programs draw the same numbers as python3.

_N = 624
_M = 397
_MATRIX_A = 0x9908b0df
_UPPER_MASK = 0x80000000
_LOWER_MASK = 0x7fffffff
_MASK32 = 0xffffffff


class Random:
    """Random() -> create a random number generator with its own internal state."""

    __module__ = '_random'

    def __new__(cls, *args, **kwargs):
        if cls is Random and kwargs:
            raise TypeError("Random() takes no keyword arguments")
        self = object.__new__(cls)
        self._mt = [0] * _N
        self._mti = _N + 1
        return self

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError(f"Random() takes at most 1 argument ({len(args)} given)")
        self.seed(*args)

    def _init_genrand(self, s):
        # init_genrand
        mt = self._mt
        mt[0] = s & _MASK32
        for mti in range(1, _N):
            prev = mt[mti - 1]
            mt[mti] = (1812433253 * (prev ^ (prev >> 30)) + mti) & _MASK32
        self._mti = _N

    def _init_by_array(self, init_key):
        # init_by_array
        self._init_genrand(19650218)
        mt = self._mt
        key_length = len(init_key)
        i, j = 1, 0
        for _ in range(max(_N, key_length)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + init_key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= key_length:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _genrand_uint32(self):
        # genrand_uint32
        mt = self._mt
        if self._mti >= _N:
            for kk in range(_N - _M):
                y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
                mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            for kk in range(_N - _M, _N - 1):
                y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
                mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            y = (mt[_N - 1] & _UPPER_MASK) | (mt[0] & _LOWER_MASK)
            mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            self._mti = 0
        y = mt[self._mti]
        self._mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def seed(self, n=None, /):
        """seed([n]) -> None."""
        if n is None:
            # CPython reads the operating system's entropy; the object's address stands in.
            n = id(self)
        if isinstance(n, int):
            n = abs(n)
        else:
            n = abs(hash(n))
        # random_seed: the absolute value, as 32-bit words from the least significant.
        key = []
        while n:
            key.append(n & _MASK32)
            n >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return tuple(self._mt) + (self._mti,)

    def setstate(self, state, /):
        """setstate(state) -> None.  Restores generator state."""
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        if len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        index = state[-1]
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._mt = [int(x) & _MASK32 for x in state[:-1]]
        self._mti = index

    def getrandbits(self, k, /):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand_uint32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result
