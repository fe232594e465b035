"""Futures, wait() and as_completed(): the executor-independent half of concurrent.futures.
Written for Interleave; every blocking step is a threading.Condition wait, so futures show up
on the timeline as the locks and waits they are made of."""

import threading
import _thread
from time import monotonic as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_DESCRIPTION = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor has become non-functional after a severe failure."""


def _report_callback_error(future, exc):
    # CPython logs this through logging ("exception calling callback for …")
    import sys
    print(f"exception calling callback for {future!r}", file=sys.stderr)
    _thread._print_exception(exc, sys.stderr)


class _Waiter:
    """Collects the futures that finish while wait()/as_completed() is waiting."""

    def __init__(self, mode, pending):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []
        self.mode = mode
        self.pending = pending

    def _done(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode == 'AS_COMPLETED' or self.mode == FIRST_COMPLETED
                    or (self.mode == FIRST_EXCEPTION and failed) or self.pending <= 0):
                self.event.set()

    def add_result(self, future):
        self._done(future, False)

    def add_exception(self, future):
        self._done(future, True)

    def add_cancelled(self, future):
        self._done(future, True)


class _AllLocked:
    """Holds every future's condition at once (in a fixed order, so two waits cannot deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _is_done(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def as_completed(fs, timeout=None):
    """Yields the futures in `fs` as they complete (finished or cancelled)."""
    deadline = None if timeout is None else _time() + timeout
    fs = set(fs)
    total = len(fs)
    with _AllLocked(fs):
        finished = [f for f in fs if _is_done(f)]
        pending = fs - set(finished)
        waiter = _Waiter('AS_COMPLETED', len(pending))
        for f in pending:
            f._waiters.append(waiter)
    try:
        for f in finished:
            yield f
        while pending:
            remaining = None
            if deadline is not None:
                remaining = deadline - _time()
                if remaining < 0:
                    raise TimeoutError(f'{len(pending)} (of {total}) futures unfinished')
            waiter.event.wait(remaining)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                pending.discard(f)
                yield f
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return f'DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})'


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until `return_when` holds; returns (done, not_done) sets."""
    fs = set(fs)
    with _AllLocked(fs):
        done = set(f for f in fs if _is_done(f))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _Waiter(return_when, len(not_done))
        for f in not_done:
            f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    """The eventual result of a call."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _report_callback_error(self, exc)

    def __repr__(self):
        with self._condition:
            name = self.__class__.__name__
            state = _DESCRIPTION[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return f'<{name} at {id(self):#x} state={state} raised {self._exception.__class__.__name__}>'
                return f'<{name} at {id(self):#x} state={state} returned {self._result.__class__.__name__}>'
            return f'<{name} at {id(self):#x} state={state}>'

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _report_callback_error(self, exc)

    def result(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # for executors
    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Executor:
    """Base class of executors: submit(), map(), shutdown(), `with`."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - _time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
