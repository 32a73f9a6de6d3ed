# The regular expressions Lib/json compiles, written out by hand (heapscope has no re
# module): each object answers the same match/sub calls the json modules make.

VERBOSE = 64
MULTILINE = 8
DOTALL = 16
# The byte-order marks json.detect_encoding compares with (from codecs).
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = b'\xff\xfe'
BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'


class _Match:
    __slots__ = ('_string', '_start', '_end', '_groups')

    def __init__(self, string, start, end, groups=()):
        self._string = string
        self._start = start
        self._end = end
        self._groups = groups

    def end(self):
        return self._end

    def start(self):
        return self._start

    def groups(self):
        return self._groups

    def group(self, index=0):
        if index == 0:
            return self._string[self._start:self._end]
        return self._groups[index - 1]


class _Whitespace:
    """re.compile(r'[ \\t\\n\\r]*', FLAGS)"""

    def match(self, s, pos=0):
        n = len(s)
        pos = min(pos, n)
        end = pos
        while end < n and s[end] in ' \t\n\r':
            end += 1
        return _Match(s, pos, end)


class _StringChunk:
    """re.compile(r'(.*?)(["\\\\\\x00-\\x1f])', FLAGS)"""

    def match(self, s, pos=0):
        n = len(s)
        pos = min(pos, n)
        end = pos
        while end < n:
            c = s[end]
            if c == '"' or c == '\\' or c < ' ':
                return _Match(s, pos, end + 1, (s[pos:end], c))
            end += 1
        return None


def _digits_end(s, i):
    n = len(s)
    while i < n and s[i].isdecimal():
        i += 1
    return i


class _Number:
    """re.compile(r'(-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?', FLAGS)"""

    def match(self, s, pos=0):
        n = len(s)
        pos = min(pos, n)
        i = pos
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i = _digits_end(s, i + 1)
        else:
            return None
        integer = s[pos:i]
        frac = None
        if i + 1 < n and s[i] == '.' and s[i + 1].isdecimal():
            j = _digits_end(s, i + 1)
            frac = s[i:j]
            i = j
        exp = None
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '-+':
                j += 1
            if j < n and s[j].isdecimal():
                k = _digits_end(s, j)
                exp = s[i:k]
                i = k
        return _Match(s, pos, i, (integer, frac, exp))


class _CharClass:
    def __init__(self, test):
        self._test = test

    def sub(self, repl, s):
        out = []
        for i, c in enumerate(s):
            if self._test(c):
                out.append(repl(_Match(s, i, i + 1)))
            else:
                out.append(c)
        return ''.join(out)

    def search(self, s):
        for i, c in enumerate(s):
            if self._test(c):
                return _Match(s, i, i + 1)
        return None


WHITESPACE = _Whitespace()
STRINGCHUNK = _StringChunk()
NUMBER_RE = _Number()
# re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE = _CharClass(lambda c: c < ' ' or c == '\\' or c == '"')
# re.compile(r'([\\"]|[^\ -~])')
ESCAPE_ASCII = _CharClass(lambda c: c == '\\' or c == '"' or not ' ' <= c <= '~')
# re.compile(b'[\x80-\xff]')
HAS_UTF8 = _CharClass(lambda b: b >= 0x80)
