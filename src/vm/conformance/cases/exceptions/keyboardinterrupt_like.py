class Abort(BaseException):
    pass
try:
    try:
        raise Abort("stop")
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e)
print(issubclass(Abort, Exception), issubclass(KeyboardInterrupt, Exception))
