for exc_type in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError,
                 UnboundLocalError, ModuleNotFoundError, NotImplementedError, StopIteration,
                 KeyboardInterrupt, SystemExit, UnicodeDecodeError, OverflowError, TimeoutError]:
    print(exc_type.__name__, [c.__name__ for c in exc_type.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(bool, Exception), issubclass(GeneratorExit, Exception))
