# heapscope's multiprocessing: Process and Pool as separate simulated interpreters. A child
# is a copy of this interpreter made when it starts (fork): its own heap, its own GIL, running
# on its own simulated core, so children run in parallel with each other and with the parent.
# Arguments reach the child as they were at that moment; results come back as new objects
# (unpickled copies). Time is simulated: a child's work takes what its instructions cost.

import _heapscope_mp
from time import monotonic as _time

__all__ = ['Process', 'Pool', 'cpu_count', 'current_process', 'TimeoutError']

# Simulated time to start a worker process (fork, then the worker's set-up).
_PROCESS_START = 0.02

# Cores of the simulated machine.
_CPU_COUNT = 4


class TimeoutError(Exception):
    pass


def cpu_count():
    return _CPU_COUNT


class _MainProcess:
    name = 'MainProcess'

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current = _MainProcess()


def current_process():
    return _current


def _report(name, text):
    import sys
    sys.stderr.write('Process %s:\n%s' % (name, text))


class Process:
    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        Process._counter += 1
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or 'Process-%d' % Process._counter
        self.daemon = bool(daemon)
        self._ready_at = None
        self._exitcode = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._ready_at is not None:
            raise AssertionError('cannot start a process twice')
        ok, value, seconds, text = _heapscope_mp.run_child(self.run, (), {})
        if not ok:
            _report(self._name, text)
        self._exitcode = 0 if ok else 1
        self._ready_at = _time() + _PROCESS_START + seconds
        _heapscope_mp.add_process_lane(self._name, [(_PROCESS_START, _PROCESS_START + seconds)])

    def join(self, timeout=None):
        if self._ready_at is None:
            raise AssertionError('can only join a started process')
        wait = self._ready_at - _time()
        if timeout is not None:
            wait = min(wait, timeout)
        if wait > 0:
            _heapscope_mp.wait(wait)

    def is_alive(self):
        return self._ready_at is not None and _time() < self._ready_at

    @property
    def exitcode(self):
        if self._ready_at is None or _time() < self._ready_at:
            return None
        return self._exitcode

    def __repr__(self):
        if self._ready_at is None:
            status = 'initial'
        elif self.is_alive():
            status = 'started'
        else:
            status = 'stopped exitcode=%s' % self._exitcode
        return '<Process name=%r %s>' % (self._name, status)


class AsyncResult:
    def __init__(self, outcomes, ready_at, single):
        self._outcomes = outcomes
        self._ready_at = ready_at
        self._single = single

    def ready(self):
        return _time() >= self._ready_at

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % self)
        return all(ok for ok, _ in self._outcomes)

    def wait(self, timeout=None):
        wait = self._ready_at - _time()
        if timeout is not None:
            wait = min(wait, timeout)
        if wait > 0:
            _heapscope_mp.wait(wait)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        for ok, value in self._outcomes:
            if not ok:
                raise value
        values = [value for _, value in self._outcomes]
        return values[0] if self._single else values


class Pool:
    _counter = 0

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        Pool._counter += 1
        self._processes = processes
        self._state = 'RUN'
        started = _time() + _PROCESS_START
        self._free_at = [started] * processes
        self._runs = [[] for _ in range(processes)]
        self._names = ['ForkPoolWorker-%d' % (i + 1 + (Pool._counter - 1) * processes)
                       for i in range(processes)]

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _run(self, func, arglist, kwds):
        # Each task goes to the worker that is free first; they run side by side.
        outcomes = []
        now = _time()
        done = now
        for args in arglist:
            ok, value, seconds, text = _heapscope_mp.run_child(func, tuple(args), dict(kwds))
            worker = min(range(self._processes), key=self._free_at.__getitem__)
            begin = max(self._free_at[worker], now)
            self._free_at[worker] = begin + seconds
            self._runs[worker].append((begin - now, begin + seconds - now))
            done = max(done, begin + seconds)
            outcomes.append((ok, value))
        return outcomes, done

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        outcomes, done = self._run(func, [args], kwds)
        return AsyncResult(outcomes, done, True)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        outcomes, done = self._run(func, [(x,) for x in iterable], {})
        return AsyncResult(outcomes, done, False)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        outcomes, done = self._run(func, list(iterable), {})
        return AsyncResult(outcomes, done, False).get()

    def imap(self, func, iterable, chunksize=1):
        return iter(self.map(func, iterable, chunksize))

    imap_unordered = imap

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'

    def terminate(self):
        self._state = 'TERMINATE'
        self._show_lanes()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        wait = max(self._free_at) - _time()
        if wait > 0:
            _heapscope_mp.wait(wait)
        self._show_lanes()

    def _show_lanes(self):
        runs, self._runs = self._runs, [[] for _ in range(self._processes)]
        for name, spans in zip(self._names, runs):
            if spans:
                _heapscope_mp.add_process_lane(name, spans)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (
            self._state, self._processes)
