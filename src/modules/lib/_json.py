# Modules/_json.c's scanstring written in Python (its messages differ from the pure-Python
# fallback's: "Invalid \escape" without the character, positions of the backslash).


def JSONDecodeError(msg, s, pos):
    # _json.c looks json.decoder.JSONDecodeError up when it raises.
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, s, pos)

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def _hex4(s, start, err_pos):
    value = 0
    for i in range(start, start + 4):
        digit = s[i]
        if '0' <= digit <= '9' or 'a' <= digit <= 'f' or 'A' <= digit <= 'F':
            value = value * 16 + int(digit, 16)
        else:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, err_pos)
    return value


def scanstring(pystr, end, strict=True, /):
    """scanstring(string, end, strict=True) -> (string, end)"""
    s = pystr
    n = len(s)
    if end < 0 or n < end:
        raise ValueError("end is out of bounds")
    begin = end - 1
    chunks = []
    while True:
        c = ''
        nxt = end
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if c <= '\x1f' and strict:
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        if not (c == '"' or c == '\\') or nxt >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            if c not in _BACKSLASH:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
            chunks.append(_BACKSLASH[c])
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        code = _hex4(s, nxt, end - 5)
        nxt = end
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[nxt] == '\\' and s[nxt + 1] == 'u':
            end += 6
            low = _hex4(s, nxt + 2, end - 5)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
            else:
                end -= 6
        chunks.append(chr(code))
    return ''.join(chunks), end


_WS = ' \t\n\r'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class make_scanner:
    """JSON scanner object (scanner_call, scan_once_unicode, _parse_object_unicode,
    _parse_array_unicode and _match_number_unicode of Modules/_json.c)."""

    def __init__(self, context, /):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        if not isinstance(string, str):
            raise TypeError(f"first argument must be a string, not {type(string).__name__}")
        try:
            return self._scan_once(string, idx)
        finally:
            self.memo.clear()

    def _scan_once(self, s, idx):
        if idx < 0:
            raise ValueError("idx cannot be negative")
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._parse_object(s, idx + 1)
        if c == '[':
            return self._parse_array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self._match_number(s, idx)

    def _match_number(self, s, start):
        n = len(s)
        idx = start
        if idx < n and s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        if '1' <= s[idx] <= '9':
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        elif s[idx] == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        if idx < n - 1 and s[idx] in 'eE':
            e_start = idx
            idx += 1
            if idx < n - 1 and s[idx] in '-+':
                idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
            if '0' <= s[idx - 1] <= '9':
                is_float = True
            else:
                idx = e_start
        numstr = s[start:idx]
        if is_float:
            return self.parse_float(numstr), idx
        return self.parse_int(numstr), idx

    def _parse_object(self, s, idx):
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                key = self.memo.setdefault(key, key)
                idx = _skip_ws(s, idx)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
                try:
                    value, idx = self._scan_once(s, idx)
                except StopIteration as err:
                    raise JSONDecodeError("Expecting value", s, err.value) from None
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1

    def _parse_array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != ']':
            while True:
                try:
                    value, idx = self._scan_once(s, idx)
                except StopIteration as err:
                    raise JSONDecodeError("Expecting value", s, err.value) from None
                values.append(value)
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        return values, idx + 1
