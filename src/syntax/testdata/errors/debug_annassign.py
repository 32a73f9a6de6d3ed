x: int = 1
__debug__: int = 2
