"""A small, single-threaded asyncio: an event loop over coroutines with Futures, Tasks, timers
and the common high-level API (run, gather, sleep, create_task, wait_for, wait, Queue, Lock,
Event, Semaphore, to_thread, run_in_executor). Time comes from `time.monotonic`/`time.sleep`,
so under the scheduler it is the virtual clock and an idle loop lets other threads run."""
import heapq as _heapq
import time as _time
import sys as _sys

__all__ = ["run", "sleep", "gather", "create_task", "wait_for", "wait", "as_completed", "shield",
           "get_event_loop", "get_running_loop", "new_event_loop", "set_event_loop", "current_task",
           "all_tasks", "iscoroutine", "iscoroutinefunction", "to_thread", "Future", "Task",
           "CancelledError", "TimeoutError", "InvalidStateError", "Queue", "QueueEmpty", "QueueFull",
           "Lock", "Event", "Semaphore", "BoundedSemaphore", "FIRST_COMPLETED", "FIRST_EXCEPTION",
           "ALL_COMPLETED", "timeout"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


TimeoutError = TimeoutError

_PENDING, _CANCELLED, _FINISHED = "PENDING", "CANCELLED", "FINISHED"


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError(*(() if self._cancel_message is None else (self._cancel_message,)))
        if self._state == _PENDING:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state == _PENDING:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [cb for cb in self._callbacks if cb != fn]
        return n - len(self._callbacks)

    def get_loop(self):
        return self._loop

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += " exception=%r" % (self._exception,)
            else:
                state += " result=%r" % (self._result,)
        return "<%s %s>" % (type(self).__name__, state)


_task_counter = 0
_current_tasks = {}
_all_tasks = []


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        global _task_counter
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        _task_counter += 1
        self._coro = coro
        self._name = name if name is not None else "Task-%d" % _task_counter
        self._fut_waiter = None
        self._must_cancel = False
        self._cancel_msg = None
        self._loop.call_soon(self._step)
        _all_tasks.append(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_msg = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError(*(() if self._cancel_msg is None else (self._cancel_msg,)))
            self._must_cancel = False
        self._fut_waiter = None
        prev = _current_tasks.get(self._loop)
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                super().cancel(msg=self._cancel_msg)
            else:
                super().set_result(e.value)
        except CancelledError as e:
            super().cancel(msg=e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            super().set_exception(e)
            raise
        except BaseException as e:
            super().set_exception(e)
        else:
            if getattr(result, "_asyncio_future_blocking", None):
                result._asyncio_future_blocking = False
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError("Task cannot await on itself: %r" % self))
                else:
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_msg):
                            self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError("Task got bad yield: %r" % (result,)))
        finally:
            _current_tasks[self._loop] = prev

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def __repr__(self):
        coro = getattr(self._coro, "__qualname__", None) or getattr(self._coro, "__name__", "?")
        return "<Task %s name=%r coro=<%s()>>" % (self._state.lower(), self._name, coro)


class _Handle:
    __slots__ = ("_callback", "_args", "_cancelled")

    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        if not self._cancelled:
            self._callback(*self._args)


class TimerHandle(_Handle):
    __slots__ = ("_when",)

    def when(self):
        return self._when


class _Executor:
    """Runs a function in a thread when threads exist; otherwise inline (single-threaded VM)."""

    def __init__(self):
        self._pool = None

    def submit(self, loop, fn, args):
        fut = loop.create_future()
        try:
            import threading
            threading.Thread
        except ImportError:
            threading = None
        if threading is None:
            try:
                fut.set_result(fn(*args))
            except BaseException as e:
                fut.set_exception(e)
            return fut
        from concurrent.futures import ThreadPoolExecutor
        if self._pool is None:
            self._pool = ThreadPoolExecutor(thread_name_prefix="asyncio")
        cf = self._pool.submit(fn, *args)
        loop._pending_threads += 1

        def done(f):
            def settle():
                loop._pending_threads -= 1
                if fut.cancelled():
                    return
                if f.exception() is not None:
                    fut.set_exception(f.exception())
                else:
                    fut.set_result(f.result())
            loop.call_soon_threadsafe(settle)
        cf.add_done_callback(done)
        return fut


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._timers = []
        self._timer_seq = 0
        self._running = False
        self._closed = False
        self._stopping = False
        self._executor = None
        self._pending_threads = 0
        self._threadsafe = []
        self._wakeup = None

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        h = _Handle(callback, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        h = TimerHandle(callback, args)
        h._when = when
        self._timer_seq += 1
        _heapq.heappush(self._timers, (when, self._timer_seq, h))
        return h

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._threadsafe.append(_Handle(callback, args))
        if self._wakeup is not None:
            self._wakeup.set()

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def run_in_executor(self, executor, func, *args):
        if executor is not None:
            cf = executor.submit(func, *args)
            return wrap_future(cf, loop=self)
        if self._executor is None:
            self._executor = _Executor()
        return self._executor.submit(self, func, args)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        self._closed = True

    def _idle_wait(self, timeout):
        """Nothing is ready: sleep until the next timer or a thread's result (virtual time)."""
        if self._pending_threads:
            if self._wakeup is None:
                import threading
                self._wakeup = threading.Event()
            self._wakeup.wait(timeout)
            self._wakeup.clear()
        elif timeout is not None and timeout > 0:
            _time.sleep(timeout)

    def _run_once(self):
        if self._threadsafe:
            handles, self._threadsafe = self._threadsafe, []
            self._ready.extend(handles)
        if not self._ready:
            timeout = None
            if self._timers:
                timeout = max(0, self._timers[0][0] - self.time())
            if timeout is None and not self._pending_threads:
                return False
            self._idle_wait(timeout)
            if self._threadsafe:
                handles, self._threadsafe = self._threadsafe, []
                self._ready.extend(handles)
        now = self.time()
        while self._timers and self._timers[0][0] <= now + 1e-9:
            _, _, h = _heapq.heappop(self._timers)
            if not h._cancelled:
                self._ready.append(h)
        ready, self._ready = self._ready, []
        for h in ready:
            h._run()
        return True

    def run_forever(self):
        self._running = True
        _set_running(self)
        try:
            while not self._stopping:
                if not self._run_once():
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running(None)

    def run_until_complete(self, future):
        fut = ensure_future(future, loop=self)
        fut.add_done_callback(lambda f: self.stop())
        self.run_forever()
        if not fut.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return fut.result()

    def shutdown_asyncgens(self):
        return sleep(0)

    def shutdown_default_executor(self):
        return sleep(0)


class EventLoop(BaseEventLoop):
    pass


SelectorEventLoop = EventLoop

_running_loop = None
_event_loop = None


def _set_running(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = EventLoop()
    return _event_loop


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine" or hasattr(obj, "send") and hasattr(obj, "throw") and hasattr(obj, "__await__")


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    return getattr(obj, "_asyncio_future_blocking", None) is not None


def ensure_future(obj, *, loop=None):
    if isfuture(obj):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        async def _wrap():
            return await obj
        return loop.create_task(_wrap())
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def wrap_future(cf, *, loop=None):
    if isfuture(cf):
        return cf
    loop = loop if loop is not None else get_event_loop()
    fut = loop.create_future()
    loop._pending_threads += 1

    def done(f):
        def settle():
            loop._pending_threads -= 1
            if fut.cancelled():
                return
            exc = f.exception()
            if exc is not None:
                fut.set_exception(exc)
            else:
                fut.set_result(f.result())
        loop.call_soon_threadsafe(settle)
    cf.add_done_callback(done)
    return fut


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        for t in _all_tasks:
            if t._loop is loop and not t.done():
                t.cancel()
        set_event_loop(None)
        loop.close()


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    return _current_tasks.get(loop if loop is not None else get_running_loop())


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield_once()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_if_pending, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


def _set_if_pending(fut, result):
    if not fut.done():
        fut.set_result(result)


class _YieldOnce:
    def __await__(self):
        yield


def _yield_once():
    return _YieldOnce()


class _GatheringFuture(Future):
    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    for arg in coros_or_futures:
        if id(arg) in seen:
            children.append(seen[id(arg)])
            continue
        fut = ensure_future(arg, loop=loop)
        seen[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop)
    state = {"done": 0}
    n = len(children)

    def child_done(fut):
        state["done"] += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["done"] == n:
            results = []
            for f in children:
                if f.cancelled():
                    results.append(CancelledError())
                else:
                    exc = f.exception()
                    results.append(exc if exc is not None else f.result())
            outer.set_result(results)

    for fut in set(children):
        fut.add_done_callback(child_done)
    if len(set(children)) != n:
        # duplicates complete once but count for each position
        state["done"] += n - len(set(children))
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout is None:
        return await fut
    if fut.done():
        return fut.result()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _set_if_pending, waiter, False)
    fut.add_done_callback(lambda f: _set_if_pending(waiter, True))
    try:
        await waiter
    except CancelledError:
        fut.cancel()
        raise
    finally:
        timer.cancel()
    if fut.done():
        return fut.result()
    fut.cancel()
    raise TimeoutError()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _set_if_pending, waiter, None) if timeout is not None else None

    def on_done(f):
        done = [x for x in fs if x.done()]
        if (return_when == FIRST_COMPLETED or len(done) == len(fs)
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            _set_if_pending(waiter, None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not all(f.done() for f in fs) and not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)):
            await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    queue = Queue()
    for f in todo:
        f.add_done_callback(queue.put_nowait)

    async def next_done():
        f = await queue.get()
        return f.result()
    return [next_done() for _ in todo]


async def shield(arg):
    return await ensure_future(arg)


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    if kwargs:
        return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
    return await loop.run_in_executor(None, func, *args)


class timeout:
    def __init__(self, delay):
        self._delay = delay
        self._handle = None
        self._expired = False

    async def __aenter__(self):
        if self._delay is not None:
            task = current_task()
            self._handle = get_running_loop().call_later(self._delay, self._expire, task)
        return self

    def _expire(self, task):
        self._expired = True
        task.cancel()

    async def __aexit__(self, et, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
        if self._expired and et is CancelledError:
            raise TimeoutError() from exc
        return False

    def expired(self):
        return self._expired


# ---------------------------------------------------------------- synchronization


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            fut = waiters.pop(0)
            if not fut.done():
                fut.set_result(None)
                break

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.pop(0)
        self._wake(self._putters)
        return item

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.pop()
        self._wake(self._putters)
        return item


class PriorityQueue(Queue):
    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        _heapq.heappush(self._items, item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = _heapq.heappop(self._items)
        self._wake(self._putters)
        return item
