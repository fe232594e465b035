"""Synchronized queues for producer–consumer threads (Queue, LifoQueue, PriorityQueue,
SimpleQueue), written for Interleave on top of threading's Condition like CPython's
Lib/queue.py. `_thread._sync` records put/get on the timeline."""

import threading
import _thread
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_QUEUE, _PUT, _GET = 7, 11, 12


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    """FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        _thread._register(self, _QUEUE)
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _thread.allocate_lock(_owner=self)
        # three conditions on one lock, as in CPython: wakes only the kind of waiter that can proceed
        self.not_empty = threading.Condition(self.mutex, _owner=self)
        self.not_full = threading.Condition(self.mutex, _owner=self)
        self.all_tasks_done = threading.Condition(self.mutex, _owner=self)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            _thread._sync(_PUT, self)
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            _thread._sync(_GET, self)
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # the storage; subclasses change the order
    def _init(self, maxsize):
        self.queue = []
        self._head = 0

    def _qsize(self):
        return len(self.queue) - self._head

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        item = self.queue[self._head]
        self._head += 1
        # compact now and then so a long-lived queue does not grow without bound
        if self._head > 32 and self._head * 2 > len(self.queue):
            del self.queue[:self._head]
            self._head = 0
        return item


class PriorityQueue(Queue):
    """Lowest first: entries are typically (priority, data) tuples."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Last in, first out (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Unbounded FIFO without task tracking."""

    def __init__(self):
        _thread._register(self, _QUEUE)
        self._items = []
        self._head = 0
        self._cond = threading.Condition(_thread.allocate_lock(_owner=self), _owner=self)

    def put(self, item, block=True, timeout=None):
        with self._cond:
            self._items.append(item)
            _thread._sync(_PUT, self)
            self._cond.notify()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._items) > self._head,
                                       timeout if block else 0):
                raise Empty
            item = self._items[self._head]
            self._head += 1
            if self._head > 32 and self._head * 2 > len(self._items):
                del self._items[:self._head]
                self._head = 0
            _thread._sync(_GET, self)
            return item

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._items) == self._head

    def qsize(self):
        return len(self._items) - self._head
