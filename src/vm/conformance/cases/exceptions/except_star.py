def handle(eg):
    try:
        raise eg
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("Type/Key part:", repr(e))
handle(ExceptionGroup("many", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
try:
    handle(ExceptionGroup("rest", [ValueError(1), OSError("disk")]))
except ExceptionGroup as g:
    print("unhandled:", repr(g))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped:", repr(e), type(e).__name__)
except Exception as e:
    print("nope", e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("replaced")
except ExceptionGroup as g:
    print("raised in handler:", repr(g))
