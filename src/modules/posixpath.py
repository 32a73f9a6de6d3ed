"""os.path for the simulated file system of this run (Lib/posixpath.py's string functions)."""

import _io

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def exists(path):
    return _io._exists(path)


def isfile(path):
    return _io._isfile(path)


def isdir(path):
    return _io._exists(path) and not _io._isfile(path)


def getsize(path):
    return _io._getsize(path)


def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def isabs(s):
    return s.startswith('/')


def normpath(path):
    return _io._normpath(path)
