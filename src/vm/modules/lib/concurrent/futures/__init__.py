"""Run callables asynchronously in a pool of threads (Interleave's concurrent.futures:
ThreadPoolExecutor only; processes are simulated elsewhere)."""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor',
           'wait', 'as_completed', 'ThreadPoolExecutor')
