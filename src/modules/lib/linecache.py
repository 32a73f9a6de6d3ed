"""Source lines of the files the program runs (heapscope's own code, behaving as CPython
3.11's Lib/linecache.py getline for the files it can see)."""

from _tracemalloc import _getline


def getline(filename, lineno, module_globals=None):
    return _getline(filename, lineno)


def clearcache():
    pass


def checkcache(filename=None):
    pass
