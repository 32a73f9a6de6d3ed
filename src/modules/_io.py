"""_io for heapscope: file objects over a simulated in-memory file system (one per run), and
StringIO/BytesIO, after CPython 3.11's Modules/_io and Lib/_pyio.py.

Files live in `_files` (path -> bytearray). A write reaches the file when the buffer is
flushed: on flush(), close(), tell()/seek(), when DEFAULT_BUFFER_SIZE bytes are pending, or
when the file object is garbage collected, as with CPython's buffered I/O.
"""

DEFAULT_BUFFER_SIZE = 8192

_files = {}


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


def _normpath(path):
    absolute = path.startswith('/')
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..' and parts and parts[-1] != '..':
            parts.pop()
        elif part == '..' and absolute:
            continue
        else:
            parts.append(part)
    joined = '/'.join(parts)
    if absolute:
        return '/' + joined
    return joined or '.'


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    return fspath(file)


def _not_found(name):
    return FileNotFoundError(2, 'No such file or directory', name)


class _IOBase:
    """The common base of file objects (_io._IOBase): closing, context management, lines."""

    __module__ = '_io'
    _closed = False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def flush(self):
        self._checkClosed()

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            self.close()

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class FileIO(_IOBase):
    """Raw I/O on a simulated file (_io.FileIO): every write reaches the file at once."""

    __module__ = '_io'

    def __init__(self, name, mode, readable, writable, append):
        self.name = name
        self.mode = mode
        self._path = _normpath(name)
        self._readable = readable
        self._writable = writable
        self._append = append
        self._pos = len(_files[self._path]) if append else 0

    def __repr__(self):
        return f"<_io.FileIO name={self.name!r} mode={self.mode!r} closefd=True>"

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def flush(self):
        self._checkClosed()

    def _data(self):
        data = _files.get(self._path)
        if data is None:
            data = _files[self._path] = bytearray()
        return data

    def write(self, b):
        self._checkClosed()
        if not self._writable:
            self._unsupported('File not open for writing')
        data = self._data()
        if self._append:
            self._pos = len(data)
        if self._pos > len(data):
            data.extend(bytes(self._pos - len(data)))
        end = self._pos + len(b)
        data[self._pos:end] = b
        self._pos = end
        return len(b)

    def read(self, size=-1):
        self._checkClosed()
        if not self._readable:
            self._unsupported('File not open for reading')
        data = self._data()
        if size is None or size < 0:
            end = len(data)
        else:
            end = min(len(data), self._pos + size)
        chunk = bytes(data[self._pos:end])
        self._pos = max(self._pos, end)
        return chunk

    def readline(self, size=-1):
        self._checkClosed()
        if not self._readable:
            self._unsupported('File not open for reading')
        data = self._data()
        end = data.find(b'\n', self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = bytes(data[self._pos:end])
        self._pos = max(self._pos, end)
        return chunk

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data()) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if not self._writable:
            self._unsupported('File not open for writing')
        if size is None:
            size = self._pos
        del self._data()[size:]
        return size


class _Buffered(_IOBase):
    """BufferedReader / BufferedWriter / BufferedRandom: a write buffer over a FileIO."""

    def __init__(self, raw):
        self.raw = raw
        self._pending = bytearray()

    def __repr__(self):
        return f"<_io.{type(self).__name__} name={self.name!r}>"

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def _flush_unlocked(self):
        if self._pending:
            if self.raw.closed:
                raise ValueError("raw stream has been closed")
            pending = bytes(self._pending)
            self._pending = bytearray()
            self.raw.write(pending)

    def flush(self):
        self._checkClosed('flush of closed file')
        self._flush_unlocked()

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def write(self, b):
        self._checkClosed('write to closed file')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not self.raw.writable():
            self._unsupported('write')
        b = bytes(b)
        if len(self._pending) + len(b) > DEFAULT_BUFFER_SIZE:
            self._flush_unlocked()
            if len(b) >= DEFAULT_BUFFER_SIZE:
                self.raw.write(b)
                return len(b)
        self._pending += b
        return len(b)

    def read(self, size=-1):
        self._checkClosed('read of closed file')
        if not self.raw.readable():
            self._unsupported('read')
        self._flush_unlocked()
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._checkClosed('readline of closed file')
        if not self.raw.readable():
            self._unsupported('read')
        self._flush_unlocked()
        return self.raw.readline(size)

    def seek(self, pos, whence=0):
        self._checkClosed('seek of closed file')
        self._flush_unlocked()
        return self.raw.seek(pos, whence)

    def tell(self):
        self._checkClosed('tell of closed file')
        return self.raw.tell() + len(self._pending)

    def truncate(self, size=None):
        self._checkClosed('truncate of closed file')
        self._flush_unlocked()
        return self.raw.truncate(size)

    def detach(self):
        raw = self.raw
        self.flush()
        return raw


class BufferedReader(_Buffered):
    __module__ = '_io'


class BufferedWriter(_Buffered):
    __module__ = '_io'


class BufferedRandom(_Buffered):
    __module__ = '_io'


class TextIOWrapper(_IOBase):
    """A text file (_io.TextIOWrapper): str in and out over a buffered binary file, UTF-8,
    universal newlines; encoded text waits in `_pending` until a flush."""

    __module__ = '_io'

    def __init__(self, buffer, encoding, errors, newline):
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._pending = bytearray()

    def __repr__(self):
        return (f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} "
                f"encoding={self.encoding!r}>")

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return None

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _flush_pending(self):
        if self._pending:
            pending = bytes(self._pending)
            self._pending = bytearray()
            self.buffer.write(pending)

    def flush(self):
        self._checkClosed()
        self._flush_pending()
        self.buffer.flush()

    def close(self):
        if self.buffer.closed:
            return
        try:
            self.flush()
        finally:
            self.buffer.close()

    def _decode(self, b):
        text = b.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self.buffer.writable():
            self._unsupported('not writable')
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._pending += text.encode(self.encoding, self.errors)
        if len(self._pending) > DEFAULT_BUFFER_SIZE:
            self._flush_pending()
        return len(s)

    def _read_bytes(self, size):
        self._flush_pending()
        return self.buffer.read(size)

    def read(self, size=-1):
        self._checkClosed()
        if not self.buffer.readable():
            self._unsupported('not readable')
        if size is None or size < 0:
            return self._decode(self._read_bytes(-1))
        out = []
        while size > 0:
            b = self._read_bytes(1)
            if not b:
                break
            while True:
                try:
                    ch = self._decode(b)
                    break
                except UnicodeDecodeError:
                    more = self._read_bytes(1)
                    if not more:
                        raise
                    b += more
            out.append(ch)
            size -= len(ch)
        return ''.join(out)

    def readline(self, size=-1):
        self._checkClosed()
        if not self.buffer.readable():
            self._unsupported('not readable')
        self._flush_pending()
        line = self._decode(self.buffer.readline(-1))
        if size is not None and 0 <= size < len(line):
            rest = line[size:]
            line = line[:size]
            self.buffer.seek(-len(rest.encode(self.encoding, self.errors)), 1)
        return line

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self.flush()
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._checkClosed()
        self.flush()
        return self.buffer.tell()

    def truncate(self, size=None):
        self._checkClosed()
        self.flush()
        return self.buffer.truncate(size)

    def detach(self):
        self.flush()
        buffer = self.buffer
        return buffer

    def fileno(self):
        self._unsupported('fileno')


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open file and return a stream (the simulated file system of this run)."""
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError("invalid file: %r" % file)
    if not isinstance(mode, str):
        raise TypeError("invalid mode: %r" % mode)
    if isinstance(file, int):
        raise OSError(9, 'Bad file descriptor')
    if isinstance(file, bytes):
        file = file.decode()
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append "
                         "mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f"illegal newline value: {newline}")
    path = _normpath(file)
    if path.endswith('/') or path == '.':
        raise IsADirectoryError(21, 'Is a directory', file)
    exists = path in _files
    if reading and not exists:
        raise _not_found(file)
    if creating and exists:
        raise FileExistsError(17, 'File exists', file)
    if writing or creating or not exists:
        _files[path] = bytearray()
    readable = reading or updating
    writable = writing or appending or creating or updating
    if creating:
        raw_mode = 'xb+' if readable else 'xb'
    elif appending:
        raw_mode = 'ab+' if readable else 'ab'
    elif readable and writable:
        raw_mode = 'rb+'
    else:
        raw_mode = 'rb' if readable else 'wb'
    raw = FileIO(file, raw_mode, readable, writable, appending)
    if readable and writable:
        buffer = BufferedRandom(raw)
    elif readable:
        buffer = BufferedReader(raw)
    else:
        buffer = BufferedWriter(raw)
    if binary:
        return buffer
    text = TextIOWrapper(buffer, encoding or 'UTF-8', errors or 'strict', newline)
    text.mode = mode
    return text


class StringIO(_IOBase):
    """Text I/O implementation using an in-memory buffer (_io.StringIO)."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._chars = list(initial_value)
        self._pos = 0

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return ''.join(self._chars)

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if self._pos > len(self._chars):
            self._chars.extend('\0' * (self._pos - len(self._chars)))
        self._chars[self._pos:self._pos + len(s)] = list(s)
        self._pos += len(s)
        return len(s)

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            end = len(self._chars)
        else:
            end = min(len(self._chars), self._pos + size)
        out = ''.join(self._chars[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._checkClosed()
        end = self._pos
        while end < len(self._chars):
            end += 1
            if self._chars[end - 1] == '\n':
                break
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = ''.join(self._chars[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._chars)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        del self._chars[size:]
        return size

    def close(self):
        self._closed = True


class BytesIO(_IOBase):
    """Buffered I/O implementation using an in-memory bytes buffer (_io.BytesIO)."""

    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        self._buffer = bytearray(initial_bytes)
        self._pos = 0

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buffer)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buffer)

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if self._pos > len(self._buffer):
            self._buffer.extend(bytes(self._pos - len(self._buffer)))
        self._buffer[self._pos:self._pos + len(b)] = b
        self._pos += len(b)
        return len(b)

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(len(self._buffer), self._pos + size)
        out = bytes(self._buffer[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        end = self._buffer.find(b'\n', self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = bytes(self._buffer[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        del self._buffer[size:]
        return size

    def close(self):
        self._closed = True


def _exists(path):
    path = _normpath(_fspath(path))
    if path in _files:
        return True
    prefix = '' if path == '.' else path.rstrip('/') + '/'
    return path in ('.', '/') or any(p.startswith(prefix) for p in _files)


def _isfile(path):
    return _normpath(_fspath(path)) in _files


def _remove(path):
    name = _fspath(path)
    key = _normpath(name)
    if key not in _files:
        raise _not_found(name)
    del _files[key]


def _rename(src, dst):
    key = _normpath(_fspath(src))
    if key not in _files:
        raise FileNotFoundError(2, 'No such file or directory', src, None, dst)
    _files[_normpath(_fspath(dst))] = _files.pop(key)


def _listdir(path='.'):
    name = _fspath(path)
    base = _normpath(name)
    prefix = '' if base == '.' else base.rstrip('/') + '/'
    names = []
    for p in _files:
        if p.startswith(prefix):
            first = p[len(prefix):].split('/')[0]
            if first not in names:
                names.append(first)
    if not names and base not in ('.', '/'):
        raise _not_found(name)
    return names


def _getsize(path):
    name = _fspath(path)
    key = _normpath(name)
    if key not in _files:
        raise FileNotFoundError(2, 'No such file or directory', name)
    return len(_files[key])
