import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__)
print(isinstance(lock, _thread.LockType))
print(type(threading.RLock()).__name__)
print(threading.Lock is _thread.allocate_lock)
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
lock.acquire()
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
