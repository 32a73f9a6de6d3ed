# Lib/_weakrefset.py: the WeakSet lives in heapscope's weakref module.
from weakref import WeakSet
__all__ = ['WeakSet']
