# heapscope: a stand-in for CPython 3.11's C module _sre (Modules/_sre/sre.c and the matching
# engine of Modules/_sre/sre_lib.h). SRE(match) keeps its explicit stack of contexts, so deep
# patterns and long subjects need no Python recursion.

MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

_maxsize = 9223372036854775807

# Lib/re/_constants.py: OPCODES
_FAILURE = 0
_SUCCESS = 1
_ANY = 2
_ANY_ALL = 3
_ASSERT = 4
_ASSERT_NOT = 5
_AT = 6
_BRANCH = 7
_CATEGORY = 8
_CHARSET = 9
_BIGCHARSET = 10
_GROUPREF = 11
_GROUPREF_EXISTS = 12
_IN = 13
_INFO = 14
_JUMP = 15
_LITERAL = 16
_MARK = 17
_MAX_UNTIL = 18
_MIN_UNTIL = 19
_NOT_LITERAL = 20
_NEGATE = 21
_RANGE = 22
_REPEAT = 23
_REPEAT_ONE = 24
_MIN_REPEAT_ONE = 26
_ATOMIC_GROUP = 27
_POSSESSIVE_REPEAT = 28
_POSSESSIVE_REPEAT_ONE = 29
_GROUPREF_IGNORE = 30
_IN_IGNORE = 31
_LITERAL_IGNORE = 32
_NOT_LITERAL_IGNORE = 33
_GROUPREF_LOC_IGNORE = 34
_IN_LOC_IGNORE = 35
_LITERAL_LOC_IGNORE = 36
_NOT_LITERAL_LOC_IGNORE = 37
_GROUPREF_UNI_IGNORE = 38
_IN_UNI_IGNORE = 39
_LITERAL_UNI_IGNORE = 40
_NOT_LITERAL_UNI_IGNORE = 41
_RANGE_UNI_IGNORE = 42

_INFO_PREFIX = 1
_INFO_LITERAL = 2
_INFO_CHARSET = 4

_FLAG_IGNORECASE = 2
_FLAG_LOCALE = 4
_FLAG_UNICODE = 32
_FLAG_ASCII = 256

# where a suspended context resumes (sre_lib.h: JUMP_*)
_JUMP_MAX_UNTIL_1 = 1
_JUMP_MAX_UNTIL_2 = 2
_JUMP_MAX_UNTIL_3 = 3
_JUMP_MIN_UNTIL_1 = 4
_JUMP_MIN_UNTIL_2 = 5
_JUMP_MIN_UNTIL_3 = 6
_JUMP_REPEAT = 7
_JUMP_REPEAT_ONE_1 = 8
_JUMP_REPEAT_ONE_2 = 9
_JUMP_MIN_REPEAT_ONE = 10
_JUMP_BRANCH = 11
_JUMP_ASSERT = 12
_JUMP_ASSERT_NOT = 13
_JUMP_POSS_REPEAT_1 = 14
_JUMP_POSS_REPEAT_2 = 15
_JUMP_ATOMIC_GROUP = 16

# the loops of SRE(match) that call a sub-match on every turn
_RUN = 0
_EXIT = 1
_ENTER = 2
_BRANCH_LOOP = 3
_REPEAT_ONE_LITERAL_LOOP = 4
_REPEAT_ONE_LOOP = 5
_MIN_REPEAT_ONE_LOOP = 6
_POSS_MIN_LOOP = 7
_POSS_LOOP = 8

_ASCII_WORD = frozenset(b"0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_SPACE = frozenset(b" \t\n\r\x0b\x0c")
_ASCII_DIGIT = frozenset(b"0123456789")
# The Unicode word, digit and space categories: their ASCII members, and the str test for
# the rest (sre's SRE_UNI_IS_ALNUM / SRE_UNI_IS_DECIMAL / SRE_UNI_IS_SPACE).
_UNICODE_CATEGORY_TESTS = {
    14: (_ASCII_WORD, str.isalnum),
    10: (_ASCII_DIGIT, str.isdecimal),
    12: (_ASCII_SPACE, str.isspace),
}
_UNI_LINEBREAK = frozenset((10, 11, 12, 13, 28, 29, 30, 133, 0x2028, 0x2029))


def _lower_ascii(ch):
    # sre.c: sre_lower_ascii
    if 65 <= ch <= 90:
        return ch + 32
    return ch


def _upper_ascii(ch):
    if 97 <= ch <= 122:
        return ch - 32
    return ch


def _lower_unicode(ch):
    # sre.c: sre_lower_unicode (the simple case mapping)
    if ch < 128:
        return _lower_ascii(ch)
    return ord(chr(ch).lower()[0])


def _upper_unicode(ch):
    # sre.c: sre_upper_unicode (the simple case mapping)
    if ch < 128:
        return _upper_ascii(ch)
    u = chr(ch).upper()
    if len(u) == 1:
        return ord(u)
    t = chr(ch).title()
    if len(t) == 1:
        return ord(t)
    return ch


def _is_uni_word(ch):
    if ch < 128:
        return ch in _ASCII_WORD
    return chr(ch).isalnum()


def _is_loc_word(ch):
    return ch < 128 and ch in _ASCII_WORD


def _category(category, ch):
    # sre.c: sre_category
    if category == 14:
        if ch < 128:
            return ch in _ASCII_WORD
        return chr(ch).isalnum()
    if category == 10:
        if ch < 128:
            return ch in _ASCII_DIGIT
        return chr(ch).isdecimal()
    if category == 12:
        if ch < 128:
            return ch in _ASCII_SPACE
        return chr(ch).isspace()
    if category == 15:
        if ch < 128:
            return ch not in _ASCII_WORD
        return not chr(ch).isalnum()
    if category == 11:
        if ch < 128:
            return ch not in _ASCII_DIGIT
        return not chr(ch).isdecimal()
    if category == 13:
        if ch < 128:
            return ch not in _ASCII_SPACE
        return not chr(ch).isspace()
    if category == 0:
        return ch in _ASCII_DIGIT
    if category == 1:
        return ch not in _ASCII_DIGIT
    if category == 2:
        return ch in _ASCII_SPACE
    if category == 3:
        return ch not in _ASCII_SPACE
    if category == 4 or category == 8:
        return ch in _ASCII_WORD
    if category == 5 or category == 9:
        return ch not in _ASCII_WORD
    if category == 6:
        return ch == 10
    if category == 7:
        return ch != 10
    if category == 16:
        return ch in _UNI_LINEBREAK
    if category == 17:
        return ch not in _UNI_LINEBREAK
    return False


def _charset(code, i, ch):
    # sre_lib.h: SRE(charset)
    ok = True
    while True:
        op = code[i]
        i += 1
        if op == _FAILURE:
            return not ok
        if op == _LITERAL:
            if ch == code[i]:
                return ok
            i += 1
        elif op == _CATEGORY:
            if _category(code[i], ch):
                return ok
            i += 1
        elif op == _CHARSET:
            if ch < 256 and code[i + (ch >> 5)] & (1 << (ch & 31)):
                return ok
            i += 8
        elif op == _RANGE:
            if code[i] <= ch <= code[i + 1]:
                return ok
            i += 2
        elif op == _RANGE_UNI_IGNORE:
            if code[i] <= ch <= code[i + 1]:
                return ok
            uch = _upper_unicode(ch)
            if code[i] <= uch <= code[i + 1]:
                return ok
            i += 2
        elif op == _NEGATE:
            ok = not ok
        elif op == _BIGCHARSET:
            count = code[i]
            i += 1
            if ch < 0x10000:
                block = (code[i + (ch >> 10)] >> (8 * ((ch >> 8) & 3))) & 255
            else:
                block = -1
            i += 64
            if block >= 0 and code[i + ((block * 256 + (ch & 255)) >> 5)] & (1 << (ch & 31)):
                return ok
            i += count * 8
        else:
            return False


def _charset_loc_ignore(code, i, ch):
    # sre_lib.h: SRE(charset_loc_ignore)
    lo = _lower_ascii(ch)
    if _charset(code, i, lo):
        return True
    up = _upper_ascii(ch)
    return up != lo and _charset(code, i, up)


def _char_loc_ignore(pattern, ch):
    # sre.c: char_loc_ignore
    return ch == pattern or _lower_ascii(ch) == pattern or _upper_ascii(ch) == pattern


def _match_one(code, p, ch):
    # one character against a single-width item (the cases of SRE(match) that SRE(count)
    # reaches through its default case)
    op = code[p]
    if op == _IN_IGNORE:
        return _charset(code, p + 2, _lower_ascii(ch))
    if op == _IN_UNI_IGNORE:
        return _charset(code, p + 2, _lower_unicode(ch))
    if op == _IN_LOC_IGNORE:
        return _charset_loc_ignore(code, p + 2, ch)
    if op == _CATEGORY:
        return _category(code[p + 1], ch)
    if op == _LITERAL_LOC_IGNORE:
        return _char_loc_ignore(code[p + 1], ch)
    if op == _NOT_LITERAL_LOC_IGNORE:
        return not _char_loc_ignore(code[p + 1], ch)
    return False


def _count_category(category, s, ptr, end):
    # SRE(count) of a set that is one category: \w+, \d+, \s+ and their ASCII forms
    start = ptr
    fast = _UNICODE_CATEGORY_TESTS.get(category)
    if fast is not None:
        ascii_members, test = fast
        while ptr < end:
            ch = s[ptr]
            if ch < 128:
                if ch not in ascii_members:
                    break
            elif not test(chr(ch)):
                break
            ptr += 1
    else:
        while ptr < end and _category(category, s[ptr]):
            ptr += 1
    return ptr - start


def _first_char(code, p):
    # The single-character item every match starting at `p` begins with, or -1: what
    # SRE(search) may test before it calls SRE(match) at a position.
    while code[p] == _MARK:
        p += 2
    op = code[p]
    if op == _LITERAL or op == _IN or op == _CATEGORY or op == _NOT_LITERAL:
        return p
    if (op == _REPEAT_ONE or op == _MIN_REPEAT_ONE or op == _POSSESSIVE_REPEAT_ONE) \
            and code[p + 2] >= 1:
        item = p + 4
        if code[item] == _LITERAL or code[item] == _IN or code[item] == _NOT_LITERAL:
            return item
    return -1


def _skip_to_candidate(code, item, s, ptr, end):
    # the first position at or after `ptr` whose character the item `item` accepts, or `end`
    op = code[item]
    if op == _LITERAL:
        if ptr >= end:
            return end
        try:
            return s.index(code[item + 1], ptr, end)
        except ValueError:
            return end
    elif op == _NOT_LITERAL:
        c = code[item + 1]
        while ptr < end and s[ptr] == c:
            ptr += 1
    elif op == _IN:
        while ptr < end and _count(code, item, s, ptr, ptr + 1, 1) == 0:
            ptr += 1
    else:
        while ptr < end and not _category(code[item + 1], s[ptr]):
            ptr += 1
    return ptr


def _count(code, p, s, ptr, end, maxcount):
    # sre_lib.h: SRE(count)
    if maxcount < end - ptr and maxcount != MAXREPEAT:
        end = ptr + maxcount
    start = ptr
    op = code[p]
    if op == _IN:
        p += 2
        if code[p] == _CATEGORY and code[p + 2] == _FAILURE:
            return _count_category(code[p + 1], s, ptr, end)
        if code[p] == _CHARSET and code[p + 9] == _FAILURE:
            p += 1
            while ptr < end:
                ch = s[ptr]
                if ch >= 256 or not code[p + (ch >> 5)] & (1 << (ch & 31)):
                    break
                ptr += 1
            return ptr - start
        while ptr < end and _charset(code, p, s[ptr]):
            ptr += 1
    elif op == _ANY:
        while ptr < end and s[ptr] != 10:
            ptr += 1
    elif op == _ANY_ALL:
        ptr = end
    elif op == _LITERAL:
        c = code[p + 1]
        while ptr < end and s[ptr] == c:
            ptr += 1
    elif op == _NOT_LITERAL:
        c = code[p + 1]
        while ptr < end and s[ptr] != c:
            ptr += 1
    elif op == _LITERAL_IGNORE:
        c = code[p + 1]
        while ptr < end and _lower_ascii(s[ptr]) == c:
            ptr += 1
    elif op == _NOT_LITERAL_IGNORE:
        c = code[p + 1]
        while ptr < end and _lower_ascii(s[ptr]) != c:
            ptr += 1
    elif op == _LITERAL_UNI_IGNORE:
        c = code[p + 1]
        while ptr < end and _lower_unicode(s[ptr]) == c:
            ptr += 1
    elif op == _NOT_LITERAL_UNI_IGNORE:
        c = code[p + 1]
        while ptr < end and _lower_unicode(s[ptr]) != c:
            ptr += 1
    else:
        while ptr < end and _match_one(code, p, s[ptr]):
            ptr += 1
    return ptr - start


class _State:
    # sre.c: SRE_STATE
    __slots__ = ("string", "s", "isbytes", "start", "end", "pos", "endpos", "ptr", "mark",
                 "lastmark", "lastindex", "repeat", "match_all", "must_advance", "code",
                 "contexts", "data")

    def __init__(self, pattern, string, pos, endpos):
        # sre.c: state_init
        if isinstance(string, str):
            isbytes = False
            s = list(map(ord, string))
        elif isinstance(string, (bytes, bytearray)):
            isbytes = True
            s = string
        else:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        if pattern.isbytes and not isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if isbytes and not pattern.isbytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        length = len(s)
        if pos < 0:
            pos = 0
        elif pos > length:
            pos = length
        if endpos < 0:
            endpos = 0
        elif endpos > length:
            endpos = length
        self.string = string
        self.s = s
        self.isbytes = isbytes
        self.pos = pos
        self.endpos = endpos
        self.start = pos
        self.end = endpos
        self.ptr = pos
        self.code = pattern.code
        self.mark = [None] * (2 * pattern.groups)
        self.lastmark = -1
        self.lastindex = -1
        self.repeat = None
        self.match_all = False
        self.must_advance = False
        # SRE(match)'s suspended contexts and saved marks (the data stack), empty between
        # calls
        self.contexts = []
        self.data = []

    def reset(self):
        # sre.c: state_reset
        self.lastmark = -1
        self.lastindex = -1
        self.repeat = None

    def getslice(self, index, empty):
        # sre.c: state_getslice
        index = (index - 1) * 2
        mark = self.mark
        if index >= self.lastmark or mark[index] is None or mark[index + 1] is None:
            if empty:
                return self.string[0:0]
            return None
        return self.string[mark[index]:mark[index + 1]]


def _at(state, ptr, at):
    # sre_lib.h: SRE(at)
    s = state.s
    end = state.end
    if at == 0 or at == 2:
        return ptr == 0
    if at == 1:
        return ptr == 0 or s[ptr - 1] == 10
    if at == 5:
        return (end - ptr == 1 and s[ptr] == 10) or ptr == end
    if at == 6:
        return ptr == end or s[ptr] == 10
    if at == 7:
        return ptr == end
    if end == 0:
        return False
    if at == 10 or at == 11:
        isword = _is_uni_word
    elif at == 8 or at == 9:
        isword = _is_loc_word
    else:
        isword = _is_loc_word
    thatp = ptr > 0 and isword(s[ptr - 1])
    thisp = ptr < end and isword(s[ptr])
    if at == 3 or at == 8 or at == 10:
        return thisp != thatp
    return thisp == thatp


def _match(state, pattern, toplevel):
    # sre_lib.h: SRE(match). The running context lives in local variables; DO_JUMP pushes it
    # on `contexts` and starts the sub-match, whose end resumes the context at its JUMP_*.
    code = state.code
    s = state.s
    end = state.end
    mark = state.mark
    start = state.start
    match_all = state.match_all
    must_advance = state.must_advance
    sptr = state.ptr
    lastmark = state.lastmark
    lastindex = state.lastindex
    repeat = state.repeat
    contexts = state.contexts
    data = state.data
    top = toplevel
    count = 0
    u = None
    ctx_lastmark = -1
    ctx_lastindex = -1
    ptr = sptr
    ret = 0
    mode = _ENTER
    while True:
        if mode == _RUN:
            op = code[pattern]
            pattern += 1
            if op == _LITERAL:
                if ptr >= end or s[ptr] != code[pattern]:
                    ret = 0
                    mode = _EXIT
                    continue
                pattern += 1
                ptr += 1
            elif op == _MARK:
                i = code[pattern]
                if i & 1:
                    lastindex = i // 2 + 1
                if i > lastmark:
                    j = lastmark + 1
                    while j < i:
                        mark[j] = None
                        j += 1
                    lastmark = i
                mark[i] = ptr
                pattern += 1
            elif op == _IN:
                if ptr >= end or not _charset(code, pattern + 1, s[ptr]):
                    ret = 0
                    mode = _EXIT
                    continue
                pattern += code[pattern]
                ptr += 1
            elif op == _SUCCESS:
                if top and ((match_all and ptr != end) or (must_advance and ptr == start)):
                    ret = 0
                else:
                    sptr = ptr
                    ret = 1
                mode = _EXIT
            elif op == _REPEAT_ONE or op == _POSSESSIVE_REPEAT_ONE:
                minimum = code[pattern + 1]
                if minimum > end - ptr:
                    ret = 0
                    mode = _EXIT
                    continue
                sptr = ptr
                count = _count(code, pattern + 3, s, ptr, end, code[pattern + 2])
                ptr += count
                if count < minimum:
                    ret = 0
                    mode = _EXIT
                    continue
                tail = pattern + code[pattern]
                if (code[tail] == _SUCCESS and ptr == end
                        and not (top and must_advance and ptr == start)):
                    sptr = ptr
                    ret = 1
                    mode = _EXIT
                    continue
                if op == _POSSESSIVE_REPEAT_ONE:
                    pattern = tail
                    continue
                ctx_lastmark = lastmark
                ctx_lastindex = lastindex
                if repeat is not None and ctx_lastmark >= 0:
                    data.append(mark[:ctx_lastmark + 1])
                if code[tail] == _LITERAL:
                    u = code[tail + 1]
                    mode = _REPEAT_ONE_LITERAL_LOOP
                else:
                    mode = _REPEAT_ONE_LOOP
            elif op == _BRANCH:
                ctx_lastmark = lastmark
                ctx_lastindex = lastindex
                if repeat is not None and ctx_lastmark >= 0:
                    data.append(mark[:ctx_lastmark + 1])
                mode = _BRANCH_LOOP
            elif op == _JUMP or op == _INFO:
                pattern += code[pattern]
            elif op == _ANY:
                if ptr >= end or s[ptr] == 10:
                    ret = 0
                    mode = _EXIT
                    continue
                ptr += 1
            elif op == _ANY_ALL:
                if ptr >= end:
                    ret = 0
                    mode = _EXIT
                    continue
                ptr += 1
            elif op == _AT:
                if not _at(state, ptr, code[pattern]):
                    ret = 0
                    mode = _EXIT
                    continue
                pattern += 1
            elif op == _CATEGORY:
                if ptr >= end or not _category(code[pattern], s[ptr]):
                    ret = 0
                    mode = _EXIT
                    continue
                pattern += 1
                ptr += 1
            elif op == _NOT_LITERAL:
                if ptr >= end or s[ptr] == code[pattern]:
                    ret = 0
                    mode = _EXIT
                    continue
                pattern += 1
                ptr += 1
            elif op == _REPEAT:
                # <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail; a repeat is
                # [count, pattern, prev, last_ptr]
                u = [-1, pattern, repeat, -1]
                repeat = u
                sptr = ptr
                contexts.append((_JUMP_REPEAT, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern = pattern + code[pattern]
                mode = _ENTER
            elif op == _MAX_UNTIL:
                u = repeat
                if u is None:
                    raise RuntimeError("internal error in regular expression engine")
                sptr = ptr
                count = u[0] + 1
                rp = u[1]
                if count < code[rp + 1]:
                    u[0] = count
                    contexts.append((_JUMP_MAX_UNTIL_1, pattern, ptr, count, u, ctx_lastmark,
                                     ctx_lastindex, top))
                    pattern = rp + 3
                    mode = _ENTER
                elif ((count < code[rp + 2] or code[rp + 2] == MAXREPEAT)
                        and sptr != u[3]):
                    u[0] = count
                    ctx_lastmark = lastmark
                    ctx_lastindex = lastindex
                    if ctx_lastmark >= 0:
                        data.append(mark[:ctx_lastmark + 1])
                    data.append(u[3])
                    u[3] = sptr
                    contexts.append((_JUMP_MAX_UNTIL_2, pattern, ptr, count, u, ctx_lastmark,
                                     ctx_lastindex, top))
                    pattern = rp + 3
                    mode = _ENTER
                else:
                    repeat = u[2]
                    contexts.append((_JUMP_MAX_UNTIL_3, pattern, ptr, count, u, ctx_lastmark,
                                     ctx_lastindex, top))
                    mode = _ENTER
            elif op == _MIN_UNTIL:
                u = repeat
                if u is None:
                    raise RuntimeError("internal error in regular expression engine")
                sptr = ptr
                count = u[0] + 1
                rp = u[1]
                if count < code[rp + 1]:
                    u[0] = count
                    contexts.append((_JUMP_MIN_UNTIL_1, pattern, ptr, count, u, ctx_lastmark,
                                     ctx_lastindex, top))
                    pattern = rp + 3
                    mode = _ENTER
                else:
                    repeat = u[2]
                    ctx_lastmark = lastmark
                    ctx_lastindex = lastindex
                    if repeat is not None and ctx_lastmark >= 0:
                        data.append(mark[:ctx_lastmark + 1])
                    contexts.append((_JUMP_MIN_UNTIL_2, pattern, ptr, count, u, ctx_lastmark,
                                     ctx_lastindex, top))
                    mode = _ENTER
            elif op == _MIN_REPEAT_ONE:
                minimum = code[pattern + 1]
                if minimum > end - ptr:
                    ret = 0
                    mode = _EXIT
                    continue
                sptr = ptr
                if minimum == 0:
                    count = 0
                else:
                    count = _count(code, pattern + 3, s, ptr, end, minimum)
                    if count < minimum:
                        ret = 0
                        mode = _EXIT
                        continue
                    ptr += count
                if (code[pattern + code[pattern]] == _SUCCESS
                        and not (top and ((match_all and ptr != end)
                                          or (must_advance and ptr == start)))):
                    sptr = ptr
                    ret = 1
                    mode = _EXIT
                    continue
                ctx_lastmark = lastmark
                ctx_lastindex = lastindex
                if repeat is not None and ctx_lastmark >= 0:
                    data.append(mark[:ctx_lastmark + 1])
                mode = _MIN_REPEAT_ONE_LOOP
            elif op == _GROUPREF or op == _GROUPREF_IGNORE or op == _GROUPREF_UNI_IGNORE \
                    or op == _GROUPREF_LOC_IGNORE:
                g = code[pattern] * 2
                if g >= lastmark:
                    ret = 0
                    mode = _EXIT
                    continue
                p = mark[g]
                e = mark[g + 1]
                if p is None or e is None or e < p:
                    ret = 0
                    mode = _EXIT
                    continue
                if op == _GROUPREF:
                    if ptr + (e - p) > end or s[p:e] != s[ptr:ptr + (e - p)]:
                        ret = 0
                        mode = _EXIT
                        continue
                    ptr += e - p
                else:
                    if op == _GROUPREF_UNI_IGNORE:
                        lower = _lower_unicode
                    else:
                        lower = _lower_ascii
                    while p < e:
                        if ptr >= end or lower(s[ptr]) != lower(s[p]):
                            break
                        p += 1
                        ptr += 1
                    if p < e:
                        ret = 0
                        mode = _EXIT
                        continue
                pattern += 1
            elif op == _GROUPREF_EXISTS:
                g = code[pattern] * 2
                if (g >= lastmark or mark[g] is None or mark[g + 1] is None
                        or mark[g + 1] < mark[g]):
                    pattern += code[pattern + 1]
                else:
                    pattern += 2
            elif op == _ASSERT:
                back = code[pattern + 1]
                if ptr < back:
                    ret = 0
                    mode = _EXIT
                    continue
                sptr = ptr - back
                contexts.append((_JUMP_ASSERT, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern += 2
                top = 0
                mode = _ENTER
            elif op == _ASSERT_NOT:
                back = code[pattern + 1]
                if ptr >= back:
                    sptr = ptr - back
                    ctx_lastmark = lastmark
                    ctx_lastindex = lastindex
                    if repeat is not None and ctx_lastmark >= 0:
                        data.append(mark[:ctx_lastmark + 1])
                    contexts.append((_JUMP_ASSERT_NOT, pattern, ptr, count, u, ctx_lastmark,
                                     ctx_lastindex, top))
                    pattern += 2
                    top = 0
                    mode = _ENTER
                else:
                    pattern += code[pattern]
            elif op == _POSSESSIVE_REPEAT:
                sptr = ptr
                count = 0
                mode = _POSS_MIN_LOOP
            elif op == _ATOMIC_GROUP:
                sptr = ptr
                contexts.append((_JUMP_ATOMIC_GROUP, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern += 1
                top = 0
                mode = _ENTER
            elif op == _FAILURE:
                ret = 0
                mode = _EXIT
            elif op == _LITERAL_IGNORE or op == _NOT_LITERAL_IGNORE \
                    or op == _LITERAL_UNI_IGNORE or op == _NOT_LITERAL_UNI_IGNORE \
                    or op == _LITERAL_LOC_IGNORE or op == _NOT_LITERAL_LOC_IGNORE:
                if ptr >= end:
                    ret = 0
                    mode = _EXIT
                    continue
                ch = s[ptr]
                c = code[pattern]
                if op == _LITERAL_IGNORE:
                    ok = _lower_ascii(ch) == c
                elif op == _NOT_LITERAL_IGNORE:
                    ok = _lower_ascii(ch) != c
                elif op == _LITERAL_UNI_IGNORE:
                    ok = _lower_unicode(ch) == c
                elif op == _NOT_LITERAL_UNI_IGNORE:
                    ok = _lower_unicode(ch) != c
                elif op == _LITERAL_LOC_IGNORE:
                    ok = _char_loc_ignore(c, ch)
                else:
                    ok = not _char_loc_ignore(c, ch)
                if not ok:
                    ret = 0
                    mode = _EXIT
                    continue
                pattern += 1
                ptr += 1
            elif op == _IN_IGNORE or op == _IN_UNI_IGNORE or op == _IN_LOC_IGNORE:
                if ptr >= end or not _match_one(code, pattern - 1, s[ptr]):
                    ret = 0
                    mode = _EXIT
                    continue
                pattern += code[pattern]
                ptr += 1
            else:
                raise RuntimeError("internal error in regular expression engine")
        elif mode == _ENTER:
            # entrance: a new context starts at `pattern`
            ptr = sptr
            if code[pattern] == _INFO:
                if code[pattern + 3] and end - ptr < code[pattern + 3]:
                    ret = 0
                    mode = _EXIT
                    continue
                pattern += code[pattern + 1] + 1
            mode = _RUN
        elif mode == _EXIT:
            if not contexts:
                state.ptr = sptr
                state.lastmark = lastmark
                state.lastindex = lastindex
                state.repeat = repeat
                return ret
            jump, pattern, ptr, count, u, ctx_lastmark, ctx_lastindex, top = contexts.pop()
            if jump == _JUMP_BRANCH:
                if ret:
                    if repeat is not None and ctx_lastmark >= 0:
                        data.pop()
                    continue
                if repeat is not None and ctx_lastmark >= 0:
                    mark[:ctx_lastmark + 1] = data[-1]
                lastmark = ctx_lastmark
                lastindex = ctx_lastindex
                pattern += code[pattern]
                mode = _BRANCH_LOOP
            elif jump == _JUMP_REPEAT_ONE_1 or jump == _JUMP_REPEAT_ONE_2 \
                    or jump == _JUMP_MIN_REPEAT_ONE:
                if ret:
                    if repeat is not None and ctx_lastmark >= 0:
                        data.pop()
                    continue
                if repeat is not None and ctx_lastmark >= 0:
                    mark[:ctx_lastmark + 1] = data[-1]
                lastmark = ctx_lastmark
                lastindex = ctx_lastindex
                if jump == _JUMP_MIN_REPEAT_ONE:
                    sptr = ptr
                    if _count(code, pattern + 3, s, ptr, end, 1) == 0:
                        if repeat is not None and ctx_lastmark >= 0:
                            data.pop()
                        ret = 0
                        continue
                    ptr += 1
                    count += 1
                    mode = _MIN_REPEAT_ONE_LOOP
                else:
                    ptr -= 1
                    count -= 1
                    if jump == _JUMP_REPEAT_ONE_1:
                        mode = _REPEAT_ONE_LITERAL_LOOP
                    else:
                        mode = _REPEAT_ONE_LOOP
            elif jump == _JUMP_REPEAT:
                repeat = u[2]
            elif jump == _JUMP_MAX_UNTIL_1 or jump == _JUMP_MIN_UNTIL_1:
                if ret:
                    continue
                u[0] = count - 1
                sptr = ptr
            elif jump == _JUMP_MAX_UNTIL_2:
                u[3] = data.pop()
                if ret:
                    if ctx_lastmark >= 0:
                        data.pop()
                    continue
                if ctx_lastmark >= 0:
                    mark[:ctx_lastmark + 1] = data.pop()
                lastmark = ctx_lastmark
                lastindex = ctx_lastindex
                u[0] = count - 1
                sptr = ptr
                repeat = u[2]
                contexts.append((_JUMP_MAX_UNTIL_3, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                mode = _ENTER
            elif jump == _JUMP_MAX_UNTIL_3:
                repeat = u
                if ret:
                    continue
                sptr = ptr
            elif jump == _JUMP_MIN_UNTIL_2:
                repeat_of_tail = repeat
                repeat = u
                if ret:
                    if repeat_of_tail is not None and ctx_lastmark >= 0:
                        data.pop()
                    continue
                if repeat_of_tail is not None and ctx_lastmark >= 0:
                    mark[:ctx_lastmark + 1] = data.pop()
                lastmark = ctx_lastmark
                lastindex = ctx_lastindex
                sptr = ptr
                rp = u[1]
                if ((count >= code[rp + 2] and code[rp + 2] != MAXREPEAT)
                        or sptr == u[3]):
                    ret = 0
                    continue
                u[0] = count
                data.append(u[3])
                u[3] = sptr
                contexts.append((_JUMP_MIN_UNTIL_3, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern = rp + 3
                mode = _ENTER
            elif jump == _JUMP_MIN_UNTIL_3:
                u[3] = data.pop()
                if ret:
                    continue
                u[0] = count - 1
                sptr = ptr
            elif jump == _JUMP_ASSERT:
                if ret:
                    pattern += code[pattern]
                    mode = _RUN
            elif jump == _JUMP_ASSERT_NOT:
                if ret:
                    if repeat is not None and ctx_lastmark >= 0:
                        data.pop()
                    ret = 0
                    continue
                if repeat is not None and ctx_lastmark >= 0:
                    mark[:ctx_lastmark + 1] = data.pop()
                lastmark = ctx_lastmark
                lastindex = ctx_lastindex
                pattern += code[pattern]
                mode = _RUN
            elif jump == _JUMP_POSS_REPEAT_1:
                if ret:
                    count += 1
                    mode = _POSS_MIN_LOOP
                else:
                    sptr = ptr
            elif jump == _JUMP_POSS_REPEAT_2:
                if ret:
                    if ctx_lastmark >= 0:
                        data.pop()
                    count += 1
                    mode = _POSS_LOOP
                else:
                    if ctx_lastmark >= 0:
                        mark[:ctx_lastmark + 1] = data.pop()
                    lastmark = ctx_lastmark
                    lastindex = ctx_lastindex
                    sptr = ptr
                    pattern += code[pattern] + 1
                    ptr = sptr
                    mode = _RUN
            elif jump == _JUMP_ATOMIC_GROUP:
                if ret == 0:
                    sptr = ptr
                else:
                    pattern += code[pattern]
                    ptr = sptr
                    mode = _RUN
        elif mode == _BRANCH_LOOP:
            # <BRANCH> <0=skip> code <JUMP> ... <NULL>
            while code[pattern]:
                kind = code[pattern + 1]
                if kind == _LITERAL and (ptr >= end or s[ptr] != code[pattern + 2]):
                    pattern += code[pattern]
                    continue
                if kind == _IN and (ptr >= end or not _charset(code, pattern + 3, s[ptr])):
                    pattern += code[pattern]
                    continue
                break
            if code[pattern]:
                sptr = ptr
                contexts.append((_JUMP_BRANCH, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern += 1
                mode = _ENTER
            else:
                if repeat is not None and ctx_lastmark >= 0:
                    data.pop()
                ret = 0
                mode = _EXIT
        elif mode == _REPEAT_ONE_LITERAL_LOOP:
            minimum = code[pattern + 1]
            while count >= minimum and (ptr >= end or s[ptr] != u):
                ptr -= 1
                count -= 1
            if count < minimum:
                if repeat is not None and ctx_lastmark >= 0:
                    data.pop()
                ret = 0
                mode = _EXIT
                continue
            sptr = ptr
            contexts.append((_JUMP_REPEAT_ONE_1, pattern, ptr, count, u, ctx_lastmark,
                             ctx_lastindex, top))
            pattern += code[pattern]
            mode = _ENTER
        elif mode == _REPEAT_ONE_LOOP:
            if count >= code[pattern + 1]:
                sptr = ptr
                contexts.append((_JUMP_REPEAT_ONE_2, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern += code[pattern]
                mode = _ENTER
            else:
                if repeat is not None and ctx_lastmark >= 0:
                    data.pop()
                ret = 0
                mode = _EXIT
        elif mode == _MIN_REPEAT_ONE_LOOP:
            if code[pattern + 2] == MAXREPEAT or count <= code[pattern + 2]:
                sptr = ptr
                contexts.append((_JUMP_MIN_REPEAT_ONE, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern += code[pattern]
                mode = _ENTER
            else:
                if repeat is not None and ctx_lastmark >= 0:
                    data.pop()
                ret = 0
                mode = _EXIT
        elif mode == _POSS_MIN_LOOP:
            # <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
            if count < code[pattern + 1]:
                contexts.append((_JUMP_POSS_REPEAT_1, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern += 3
                top = 0
                mode = _ENTER
            else:
                ptr = -1
                mode = _POSS_LOOP
        elif mode == _POSS_LOOP:
            if (count < code[pattern + 2] or code[pattern + 2] == MAXREPEAT) and sptr != ptr:
                ctx_lastmark = lastmark
                ctx_lastindex = lastindex
                if ctx_lastmark >= 0:
                    data.append(mark[:ctx_lastmark + 1])
                ptr = sptr
                contexts.append((_JUMP_POSS_REPEAT_2, pattern, ptr, count, u, ctx_lastmark,
                                 ctx_lastindex, top))
                pattern += 3
                top = 0
                mode = _ENTER
            else:
                pattern += code[pattern] + 1
                ptr = sptr
                mode = _RUN


def _search(state):
    # sre_lib.h: SRE(search)
    code = state.code
    s = state.s
    ptr = state.start
    end = state.end
    pattern = 0
    if ptr > end:
        return 0
    flags = 0
    prefix = None
    prefix_skip = 0
    charset = -1
    if code[0] == _INFO:
        # <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
        flags = code[2]
        if code[3] and end - ptr < code[3]:
            return 0
        if code[3] > 1:
            end -= code[3] - 1
            if end <= ptr:
                end = ptr
        if flags & _INFO_PREFIX:
            # <length> <skip> <prefix data> <overlap data>
            prefix_len = code[5]
            prefix_skip = code[6]
            prefix = code[7:7 + prefix_len]
        elif flags & _INFO_CHARSET:
            charset = 5
        pattern = 1 + code[1]

    if prefix is not None:
        end = state.end
        if state.isbytes:
            if max(prefix) > 255:
                return 0
            needle = bytes(prefix)
        else:
            needle = "".join(map(chr, prefix))
        string = state.string
        state.must_advance = False
        while True:
            ptr = string.find(needle, ptr, end)
            if ptr < 0:
                return 0
            state.start = ptr
            state.ptr = ptr + prefix_skip
            if flags & _INFO_LITERAL:
                return 1
            status = _match(state, pattern + 2 * prefix_skip, 0)
            if status:
                return status
            ptr += 1
            state.lastmark = state.lastindex = -1

    if charset >= 0:
        end = state.end
        state.must_advance = False
        while True:
            while ptr < end and not _charset(code, charset, s[ptr]):
                ptr += 1
            if ptr >= end:
                return 0
            state.start = ptr
            state.ptr = ptr
            status = _match(state, pattern, 0)
            if status:
                return status
            ptr += 1
            state.lastmark = state.lastindex = -1

    state.start = state.ptr = ptr
    status = _match(state, pattern, 1)
    state.must_advance = False
    if status == 0 and code[pattern] == _AT and (code[pattern + 1] == 0 or code[pattern + 1] == 2):
        state.start = state.ptr = state.end
        return 0
    first = _first_char(code, pattern)
    while status == 0 and ptr < end:
        ptr += 1
        if first >= 0:
            ptr = _skip_to_candidate(code, first, s, ptr, end)
        state.lastmark = state.lastindex = -1
        state.start = state.ptr = ptr
        status = _match(state, pattern, 0)
    return status


def _index(value):
    if isinstance(value, int):
        return value
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


class Pattern:
    # sre.c: PatternObject
    __slots__ = ("pattern", "flags", "code", "groups", "_groupindex", "_indexgroup", "isbytes",
                 "__weakref__")
    __module__ = "re"

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return _mappingproxy(self._groupindex or {})

    def _state(self, string, pos, endpos):
        return _State(self, string, _index(pos), _index(endpos))

    def match(self, string, pos=0, endpos=_maxsize):
        state = self._state(string, pos, endpos)
        return _new_match(self, state, _match(state, 0, 1))

    def fullmatch(self, string, pos=0, endpos=_maxsize):
        state = self._state(string, pos, endpos)
        state.match_all = True
        return _new_match(self, state, _match(state, 0, 1))

    def search(self, string, pos=0, endpos=_maxsize):
        state = self._state(string, pos, endpos)
        return _new_match(self, state, _search(state))

    def findall(self, string, pos=0, endpos=_maxsize):
        # sre.c: _sre_SRE_Pattern_findall_impl
        state = self._state(string, pos, endpos)
        found = []
        groups = self.groups
        while state.start <= state.end:
            state.reset()
            state.ptr = state.start
            if not _search(state):
                break
            if groups == 0:
                item = string[state.start:state.ptr]
            elif groups == 1:
                item = state.getslice(1, True)
            else:
                item = tuple([state.getslice(i + 1, True) for i in range(groups)])
            found.append(item)
            state.must_advance = state.ptr == state.start
            state.start = state.ptr
        return found

    def finditer(self, string, pos=0, endpos=_maxsize):
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_maxsize):
        return _new_scanner(self, self._state(string, pos, endpos))

    def split(self, string, maxsplit=0):
        # sre.c: _sre_SRE_Pattern_split_impl
        state = self._state(string, 0, _maxsize)
        maxsplit = _index(maxsplit)
        pieces = []
        n = 0
        last = state.start
        while not maxsplit or n < maxsplit:
            state.reset()
            state.ptr = state.start
            if not _search(state):
                break
            pieces.append(string[last:state.start])
            for i in range(self.groups):
                pieces.append(state.getslice(i + 1, False))
            n += 1
            state.must_advance = state.ptr == state.start
            last = state.start = state.ptr
        pieces.append(string[last:state.endpos])
        return pieces

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, _index(count), False)

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, _index(count), True)

    def _subx(self, ptemplate, string, count, subn):
        # sre.c: pattern_subx
        if callable(ptemplate):
            filter = ptemplate
            filter_is_callable = True
        else:
            if isinstance(ptemplate, (str, bytes, bytearray)):
                literal = (ptemplate.find("\\") if isinstance(ptemplate, str)
                           else ptemplate.find(b"\\")) < 0
            else:
                literal = False
            if literal:
                filter = ptemplate
                filter_is_callable = False
            else:
                import re
                filter = re._subx(self, ptemplate)
                filter_is_callable = callable(filter)
        state = self._state(string, 0, _maxsize)
        pieces = []
        n = i = 0
        while not count or n < count:
            state.reset()
            state.ptr = state.start
            if not _search(state):
                break
            b = state.start
            e = state.ptr
            if i < b:
                pieces.append(string[i:b])
            if filter_is_callable:
                item = filter(_new_match(self, state, 1))
            else:
                item = filter
            if item is not None:
                pieces.append(item)
            i = e
            n += 1
            state.must_advance = state.ptr == state.start
            state.start = state.ptr
        if i < state.endpos:
            pieces.append(string[i:state.endpos])
        joined = string[0:0].join(pieces)
        if subn:
            return joined, n
        return joined

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __eq__(self, other):
        # sre.c: pattern_richcompare
        if type(other) is not Pattern:
            return NotImplemented
        return (self is other or (self.flags == other.flags and self.isbytes == other.isbytes
                                  and self.code == other.code
                                  and self.pattern == other.pattern))

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __hash__(self):
        # sre.c: pattern_hash
        code = b"".join([c.to_bytes(4, "little") for c in self.code])
        h = hash(self.pattern) ^ hash(code)
        if h == -1:
            h = -2
        return h

    def __repr__(self):
        # sre.c: pattern_repr
        names = (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
                 ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
                 ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256))
        flags = self.flags
        if not self.isbytes and (flags & (_FLAG_LOCALE | _FLAG_UNICODE | _FLAG_ASCII)) \
                == _FLAG_UNICODE:
            flags &= ~_FLAG_UNICODE
        items = []
        for name, value in names:
            if flags & value:
                items.append(name)
                flags &= ~value
        if flags:
            items.append("0x%x" % flags)
        text = repr(self.pattern)[:200]
        if items:
            return "re.compile(%s, %s)" % (text, "|".join(items))
        return "re.compile(%s)" % text

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class Match:
    # sre.c: MatchObject
    __slots__ = ("string", "re", "pos", "endpos", "lastindex", "_marks", "_groups")
    __module__ = "re"

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _getindex(self, index):
        # sre.c: match_getindex
        if isinstance(index, int):
            i = index
        else:
            i = -1
            groupindex = self.re._groupindex
            if groupindex is not None and not hasattr(type(index), "__index__"):
                try:
                    i = groupindex[index]
                except (KeyError, TypeError):
                    i = -1
            elif hasattr(type(index), "__index__"):
                i = type(index).__index__(index)
            if not isinstance(i, int):
                i = -1
        if i < 0 or i >= self._groups:
            raise IndexError("no such group")
        return i

    def _getslice(self, index, default):
        # sre.c: match_getslice_by_index
        marks = self._marks
        start = marks[2 * index]
        if start < 0:
            return default
        return self.string[start:marks[2 * index + 1]]

    def group(self, *args):
        if not args:
            return self._getslice(0, None)
        if len(args) == 1:
            return self._getslice(self._getindex(args[0]), None)
        return tuple([self._getslice(self._getindex(a), None) for a in args])

    def __getitem__(self, index):
        return self._getslice(self._getindex(index), None)

    def groups(self, default=None):
        return tuple([self._getslice(i, default) for i in range(1, self._groups)])

    def groupdict(self, default=None):
        result = {}
        groupindex = self.re._groupindex
        if groupindex:
            for key in groupindex:
                result[key] = self._getslice(self._getindex(key), default)
        return result

    def start(self, group=0):
        return self._marks[2 * self._getindex(group)]

    def end(self, group=0):
        return self._marks[2 * self._getindex(group) + 1]

    def span(self, group=0):
        i = self._getindex(group)
        return (self._marks[2 * i], self._marks[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._marks[2 * i], self._marks[2 * i + 1])
                      for i in range(self._groups)])

    @property
    def lastgroup(self):
        indexgroup = self.re._indexgroup
        if indexgroup is not None and self.lastindex is not None \
                and 0 <= self.lastindex < len(indexgroup):
            return indexgroup[self.lastindex]
        return None

    def expand(self, template):
        import re
        return re._expand(self.re, self, template)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        # sre.c: match_repr
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[0], self._marks[1], repr(self.group(0))[:50])

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _new_match(pattern, state, status):
    # sre.c: pattern_new_match
    if status <= 0:
        return None
    m = object.__new__(Match)
    marks = [state.start, state.ptr]
    mark = state.mark
    lastmark = state.lastmark
    for i in range(pattern.groups):
        j = 2 * i
        if j + 1 <= lastmark and mark[j] is not None and mark[j + 1] is not None:
            marks.append(mark[j])
            marks.append(mark[j + 1])
        else:
            marks.append(-1)
            marks.append(-1)
    m._marks = marks
    m._groups = pattern.groups + 1
    m.string = state.string
    m.re = pattern
    m.pos = state.pos
    m.endpos = state.endpos
    m.lastindex = state.lastindex if state.lastindex >= 0 else None
    return m


class SRE_Scanner:
    # sre.c: ScannerObject
    __slots__ = ("pattern", "_state")
    __module__ = "_sre"

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    def match(self):
        state = self._state
        if state.start < 0:
            return None
        state.reset()
        state.ptr = state.start
        status = _match(state, 0, 1)
        m = _new_match(self.pattern, state, status)
        if status == 0:
            state.start = -1
        else:
            state.must_advance = state.ptr == state.start
            state.start = state.ptr
        return m

    def search(self):
        state = self._state
        if state.start < 0:
            return None
        state.reset()
        state.ptr = state.start
        status = _search(state)
        m = _new_match(self.pattern, state, status)
        if status == 0:
            state.start = -1
        else:
            state.must_advance = state.ptr == state.start
            state.start = state.ptr
        return m


def _new_scanner(pattern, state):
    scanner = object.__new__(SRE_Scanner)
    scanner.pattern = pattern
    scanner._state = state
    return scanner


def _mappingproxy(d):
    import types
    return types.MappingProxyType(d)


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    # sre.c: _sre_compile_impl
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = flags
    p.code = list(code)
    p.groups = groups
    if pattern is None:
        p.isbytes = False
    else:
        p.isbytes = not isinstance(pattern, str)
    if groupindex:
        p._groupindex = groupindex
        p._indexgroup = indexgroup if indexgroup else None
    else:
        p._groupindex = None
        p._indexgroup = None
    return p


def getcodesize():
    return CODESIZE


def ascii_iscased(character):
    return character < 128 and (65 <= character <= 90 or 97 <= character <= 122)


def unicode_iscased(character):
    return character != _lower_unicode(character) or character != _upper_unicode(character)


def ascii_tolower(character):
    return _lower_ascii(character)


def unicode_tolower(character):
    return _lower_unicode(character)


class _memoryview:
    # the part of memoryview that Lib/re/_compiler.py uses: cast('I') of a bytes-like
    # object and tolist() of the native-endian unsigned 32-bit words
    __slots__ = ("_data", "itemsize")

    def __init__(self, data):
        self._data = bytes(data)
        self.itemsize = 1

    def cast(self, fmt):
        view = _memoryview(self._data)
        view.itemsize = 4
        return view

    def __len__(self):
        return len(self._data) // self.itemsize

    def tolist(self):
        data = self._data
        if self.itemsize == 1:
            return list(data)
        return [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]
