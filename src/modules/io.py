"""The io module: the classes of _io (the simulated file system of this run)."""

import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, TextIOWrapper,
                 BufferedReader, BufferedWriter, BufferedRandom, StringIO, BytesIO)

__all__ = ["DEFAULT_BUFFER_SIZE", "UnsupportedOperation", "open", "TextIOWrapper",
           "BufferedReader", "BufferedWriter", "BufferedRandom", "StringIO", "BytesIO",
           "IOBase", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

IOBase = _io._IOBase
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
