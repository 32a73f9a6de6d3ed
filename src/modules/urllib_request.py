# heapscope's urllib.request: urlopen is simulated I/O. No network is touched: every URL
# answers after a fixed simulated latency with a small fixed page, and the calling thread
# releases the GIL while it waits, as a real socket read does.

import _heapscope_mp

__all__ = ['urlopen', 'Request']

# Simulated seconds: connecting and receiving the headers, then reading the body.
_CONNECT_LATENCY = 0.1
_READ_LATENCY = 0.005

_BODY = (b'<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n'
         b'<body>\n<div>\n    <h1>Example Domain</h1>\n'
         b'    <p>A simulated page: heapscope never touches the network.</p>\n'
         b'</div>\n</body>\n</html>\n')


class Request:
    def __init__(self, url, data=None, headers={}, method=None):
        self.full_url = url
        self.data = data
        self.headers = dict(headers)
        self.method = method

    def get_method(self):
        if self.method is not None:
            return self.method
        return 'POST' if self.data is not None else 'GET'


class HTTPResponse:
    def __init__(self, url):
        self.url = url
        self.status = 200
        self.reason = 'OK'
        self.headers = {'Content-Type': 'text/html; charset=UTF-8',
                        'Content-Length': str(len(_BODY))}
        self._body = _BODY
        self.closed = False

    def read(self, amt=None):
        data = _heapscope_mp.blocking_io(_READ_LATENCY, self._body if amt is None
                                         else self._body[:amt])
        self._body = self._body[len(data):]
        return data

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def getheader(self, name, default=None):
        return self.headers.get(name, default)

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def urlopen(url, data=None, timeout=None):
    if isinstance(url, Request):
        url = url.full_url
    if not isinstance(url, str) or '://' not in url:
        raise ValueError('unknown url type: %r' % (url,))
    return _heapscope_mp.blocking_io(_CONNECT_LATENCY, HTTPResponse(url))
