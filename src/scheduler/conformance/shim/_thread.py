"""CPython stand-in for Interleave's native `_thread` (src/scheduler/natives), so that
Interleave's threading.py / queue.py / concurrent.futures can be checked on real CPython
threads (shim_check.py). The trace hooks do nothing here."""

import sys


_real = sys.modules['_interleave_real_thread']

LockType = _real.LockType
get_ident = _real.get_ident
get_native_id = _real.get_native_id
error = _real.error
TIMEOUT_MAX = _real.TIMEOUT_MAX
stack_size = _real.stack_size
_set_sentinel = _real._set_sentinel
_local = _real._local
_count = _real._count


def start_new_thread(function, args, kwargs=None, _name=None, _daemon=None):
    return _real.start_new_thread(function, args, kwargs or {})


def allocate_lock(_owner=None):
    return _real.allocate_lock()


def RLock(_owner=None):
    return _real.RLock()


def _register(obj, kind, owner=None):
    pass


def _sync(op, obj):
    pass


def _set_name(ident, name):
    pass


def _print_exception(exc, file):
    import traceback
    traceback.print_exception(exc, file=file)
