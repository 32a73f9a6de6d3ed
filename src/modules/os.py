"""A small os: the simulated file system of this run (the files `open` made)."""

import sys
import _io
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
devnull = '/dev/null'


def fspath(p):
    return _io._fspath(p)


def remove(p):
    _io._remove(p)


unlink = remove


def rename(src, dst):
    _io._rename(src, dst)


replace = rename


def listdir(p='.'):
    return _io._listdir(p)
