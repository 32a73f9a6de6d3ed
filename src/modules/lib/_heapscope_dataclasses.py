# What Lib/dataclasses.py takes from modules heapscope does not have: the one regular
# expression it compiles (re), inspect.signature for the generated __doc__, and
# _thread.get_ident for its recursive-repr guard.


def get_ident():
    # One interpreter thread runs the dataclass machinery at a time.
    return 0


class _IdentifierMatch:
    def __init__(self, groups):
        self._groups = groups

    def group(self, *indexes):
        values = tuple(self._groups[i - 1] if i else None for i in indexes)
        return values[0] if len(values) == 1 else values

    def groups(self):
        return self._groups


def _word(text, i):
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == '_'):
        j += 1
    return j


def _skip_space(text, i):
    while i < len(text) and text[i].isspace():
        i += 1
    return i


class _ModuleIdentifierPattern:
    """re.compile(r'^(?:\\s*(\\w+)\\s*\\.)?\\s*(\\w+)')"""

    def match(self, text):
        i = _skip_space(text, 0)
        j = _word(text, i)
        if j > i:
            k = _skip_space(text, j)
            if k < len(text) and text[k] == '.':
                m = _skip_space(text, k + 1)
                n = _word(text, m)
                if n > m:
                    return _IdentifierMatch((text[i:j], text[m:n]))
            return _IdentifierMatch((None, text[i:j]))
        return None


def compile(pattern):
    return _ModuleIdentifierPattern()


def _formatannotation(annotation):
    # inspect.formatannotation
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if type(annotation).__name__ == 'GenericAlias':
        return repr(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def signature(cls):
    """str(inspect.signature(cls)) for a class whose __init__ is a plain function."""
    init = cls.__init__
    code = init.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    annotations = init.__annotations__
    first_default = npos - len(defaults)
    parts = []

    def param(name, has_default, default):
        text = name
        if name in annotations:
            text += ': ' + _formatannotation(annotations[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    for i in range(1, npos):
        has_default = i >= first_default
        parts.append(param(names[i], has_default, defaults[i - first_default] if has_default else None))
    if nkw:
        parts.append('*')
        for name in names[npos:npos + nkw]:
            parts.append(param(name, name in kwdefaults, kwdefaults.get(name)))
    text = '(' + ', '.join(parts) + ')'
    if 'return' in annotations:
        text += ' -> ' + _formatannotation(annotations['return'])
    return text
