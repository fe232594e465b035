"""Thread-based parallelism on Interleave's scheduler.

Written for Interleave on top of the native `_thread` module (src/scheduler/natives), the
way CPython's Lib/threading.py sits on Modules/_threadmodule.c: locks are native, everything
else (Condition, Semaphore, Event, Barrier, Timer, Thread itself) is Python built from locks.

Beyond CPython's `_thread` API this uses a few hooks that only feed the trace:
`_thread._register(obj, kind, owner)` gives an object an id on the timeline,
`_thread._sync(op, obj)` records an operation on it (set, notify, wait, …), and the `_owner`
argument of allocate_lock/RLock marks locks that are internal parts of another object (any
non-None owner hides the lock from findings; a registered owner names it).
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_register = _thread._register
_sync = _thread._sync

# object kinds and operations understood by the trace (src/trace/event-kinds.ts)
_CONDITION, _SEMAPHORE, _EVENT, _BARRIER = 3, 4, 5, 6
_NOTIFY, _NOTIFY_ALL, _SET, _CLEAR, _WAIT, _WAIT_DONE, _PASS, _BROKEN = 5, 6, 7, 8, 9, 10, 13, 14

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Factory for a reentrant lock (a native _thread.RLock)."""
    return _thread.RLock(*args, **kwargs)


_profile_hook = None
_trace_hook = None


def _deprecated(old, advice):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(f'{old}() is deprecated, {advice}', DeprecationWarning, stacklevel=3)


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


# ---- Condition ---------------------------------------------------------------------------

class Condition:
    """Waiters park on a private lock each; notify() releases some of those locks."""

    def __init__(self, lock=None, _owner=None):
        _register(self, _CONDITION, _owner)
        if lock is None:
            lock = _thread.RLock(_owner=self)
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        # a plain Lock: owned (by someone) exactly when a non-blocking acquire fails
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        depth = self._lock._recursion_count() if hasattr(self._lock, '_recursion_count') else 1
        for _ in range(depth):
            self._lock.release()
        return depth

    def _acquire_restore(self, depth):
        for _ in range(depth):
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock(_owner=self)
        waiter.acquire()
        self._waiters.append(waiter)
        depth = self._release_save()
        _sync(_WAIT, self)
        got_it = False
        try:
            if timeout is None:
                waiter.acquire()
                got_it = True
            elif timeout > 0:
                got_it = waiter.acquire(True, timeout)
            else:
                got_it = waiter.acquire(False)
            return got_it
        finally:
            _sync(_WAIT_DONE, self)
            self._acquire_restore(depth)
            if not got_it:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        deadline = None if timeout is None else _time() + timeout
        while not result:
            remaining = None
            if deadline is not None:
                remaining = deadline - _time()
                if remaining <= 0:
                    break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        _sync(_NOTIFY, self)
        woken = 0
        while self._waiters and woken < n:
            waiter = self._waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                continue
            woken += 1

    def notify_all(self):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        _sync(_NOTIFY_ALL, self)
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            try:
                waiter.release()
            except RuntimeError:
                pass

    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all() instead')
        self.notify_all()


# ---- Semaphores -----------------------------------------------------------------------------

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        _register(self, _SEMAPHORE)
        self._cond = Condition(_allocate_lock(_owner=self), _owner=self)
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---- Event ------------------------------------------------------------------------------------

class Event:
    def __init__(self, _owner=None):
        _register(self, _EVENT, _owner)
        self._cond = Condition(_allocate_lock(_owner=self), _owner=self)
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            _sync(_SET, self)
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            _sync(_CLEAR, self)
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            if signaled:
                _sync(_WAIT_DONE, self)
            return signaled


# ---- Barrier ----------------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


_FILLING, _DRAINING, _RESETTING, _BROKEN_STATE = 0, 1, -1, -2


class Barrier:
    """`parties` threads meet; the last to arrive releases the others (and runs `action`)."""

    def __init__(self, parties, action=None, timeout=None):
        _register(self, _BARRIER)
        self._cond = Condition(_allocate_lock(_owner=self), _owner=self)
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_for_filling()
            index = self._count
            self._count += 1
            _sync(_WAIT, self)
            try:
                if index + 1 == self._parties:
                    self._release_all()
                else:
                    self._wait_for_release(timeout)
                _sync(_PASS, self)
                return index
            finally:
                self._count -= 1
                self._wake_next_round()

    def _wait_for_filling(self):
        # a previous round may still be draining or resetting
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release_all(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_release(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _wake_next_round(self):
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING:
                    self._state = _RESETTING
                elif self._state == _BROKEN_STATE:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        _sync(_BROKEN, self)
        self._state = _BROKEN_STATE
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN_STATE


# ---- threads ----------------------------------------------------------------------------------

_thread_counter = 0


def _newname(template="Thread-%d"):
    global _thread_counter
    _thread_counter += 1
    return template % _thread_counter


_active_limbo_lock = _thread.RLock(_owner=_thread)
_active = {}   # ident -> Thread, for running threads
_limbo = {}    # Thread -> Thread, between start() and the thread running


class Thread:
    """A thread of control: pass `target` (and args/kwargs), or subclass and override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event(_owner=self)
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        if _shutting_down:
            # CPython 3.12 refuses once the interpreter has begun to finalize
            raise RuntimeError("can't create new thread at interpreter shutdown")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, (), None, _name=self._name, _daemon=self._daemonic)
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # break reference cycles through the target and its arguments
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = _set_sentinel()
            self._tstate_lock.acquire()   # released by the runtime when this thread ends
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            _forget_thread_locals(get_ident())
            with _active_limbo_lock:
                _active.pop(get_ident(), None)

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None:
            _thread._set_name(self._ident, self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds unless cancel()led first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event(_owner=self)

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()
        self._started._flag = True
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread.start_new_thread, not through Thread."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started._flag = True
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return not self._is_stopped and self._started.is_set()

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'use current_thread() instead')
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount', 'use active_count() instead')
    return active_count()


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


# ---- exceptions in threads ---------------------------------------------------------------------

class ExceptHookArgs:
    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return (f"threading.ExceptHookArgs(exc_type={self.exc_type!r}, exc_value={self.exc_value!r}, "
                f"exc_traceback={self.exc_traceback!r}, thread={self.thread!r})")


def excepthook(args, /):
    """Default: print `Exception in thread NAME:` and the traceback; SystemExit is silent."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr = _sys.stderr if _sys.stderr is not None else getattr(args.thread, '_stderr', None)
    if stderr is None:
        return
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _thread._print_exception(args.exc_value, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    args = ExceptHookArgs(type(exc), exc, exc.__traceback__, thread)
    try:
        excepthook(args)
    except BaseException as hook_error:
        _sys.excepthook(type(hook_error), hook_error, hook_error.__traceback__)


# ---- interpreter exit ----------------------------------------------------------------------------

_atexit_callbacks = []
_shutting_down = False


def _register_atexit(func, *args, **kwargs):
    """Run `func` at exit before the non-daemon threads are joined (used by concurrent.futures)."""
    _atexit_callbacks.append((func, args, kwargs))


def _shutdown():
    """Called by the runner when the main module finishes: join every non-daemon thread."""
    global _shutting_down
    _shutting_down = True
    for func, args, kwargs in reversed(_atexit_callbacks):
        func(*args, **kwargs)
    _main_thread._is_stopped = True
    while True:
        with _active_limbo_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t is not _main_thread]
        if not pending:
            break
        for t in pending:
            t._started.wait()
            t.join()
            with _active_limbo_lock:
                if _active.get(t._ident) is t:
                    del _active[t._ident]


# ---- thread-local data ----------------------------------------------------------------------------

_all_locals = []   # every local object, so a finishing thread's values can be dropped


def _forget_thread_locals(ident):
    for loc in _all_locals:
        object.__getattribute__(loc, '_local__dicts').pop(ident, None)


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return True, klass.__dict__[name]
    return False, None


class local:
    """Attributes set on a `local` object are seen only by the thread that set them. A subclass's
    __init__ runs again, with the constructor's arguments, the first time each thread uses it."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kwargs))
        _all_locals.append(self)
        return self

    def _local__mine(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        ident = get_ident()
        d = dicts.get(ident)
        if d is None:
            d = dicts[ident] = {}
            cls = type(self)
            if cls.__init__ is not object.__init__:
                args, kwargs = object.__getattribute__(self, '_local__args')
                cls.__init__(self, *args, **kwargs)
        return d

    def _local__missing(self, name):
        cls = type(self)
        shown = '_thread._local' if cls is local else cls.__name__
        return AttributeError(f"'{shown}' object has no attribute '{name}'")

    def __getattribute__(self, name):
        if name.startswith('_local__') or name == '__class__':
            return object.__getattribute__(self, name)
        d = local._local__mine(self)
        if name == '__dict__':
            return d
        cls = type(self)
        found, attr = _class_attr(cls, name)
        getter = getattr(type(attr), '__get__', None) if found else None
        if found and getter is not None and hasattr(type(attr), '__set__'):
            return getter(attr, self, cls)
        if name in d:
            return d[name]
        if found:
            return getter(attr, self, cls) if getter is not None else attr
        raise local._local__missing(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
            return
        local._local__mine(self)[name] = value

    def __delattr__(self, name):
        d = local._local__mine(self)
        if name not in d:
            raise local._local__missing(self, name)
        del d[name]


_main_thread = _MainThread()
