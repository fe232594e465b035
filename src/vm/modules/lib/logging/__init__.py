"""The basics of `logging` for threaded programs (written for Interleave): loggers with
levels, basicConfig, StreamHandler, Formatter with %-style records including %(threadName)s.
Handlers write under a lock, as CPython's do, so lines from different threads never mix."""

import sys
import threading
import time

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_level_names = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_name_levels = {v: k for k, v in _level_names.items()}
_name_levels['WARN'] = WARNING
_name_levels['FATAL'] = CRITICAL
_start_time = time.time()

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def getLevelName(level):
    if level in _level_names:
        return _level_names[level]
    if level in _name_levels:
        return _name_levels[level]
    return "Level %s" % level


def addLevelName(level, name):
    _level_names[level] = name
    _name_levels[name] = level


def _check_level(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _name_levels:
            raise ValueError("Unknown level: %r" % level)
        return _name_levels[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


class LogRecord:
    def __init__(self, name, level, msg, args, exc_info=None):
        now = time.time()
        self.name = name
        self.msg = msg
        self.args = args
        self.levelno = level
        self.levelname = getLevelName(level)
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _start_time) * 1000
        current = threading.current_thread()
        self.thread = threading.get_ident()
        self.threadName = current.name
        self.process = 4242   # the simulated process's pid
        self.processName = 'MainProcess'
        self.exc_info = exc_info
        self.exc_text = None

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%'):
        if style != '%':
            raise ValueError("Interleave's logging supports only %-style formats")
        self._fmt = fmt or "%(message)s"
        self.datefmt = datefmt

    def usesTime(self):
        return '%(asctime)' in self._fmt

    def formatTime(self, record, datefmt=None):
        ct = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        return self.default_msec_format % (time.strftime(self.default_time_format, ct), record.msecs)

    def formatException(self, exc_info):
        import traceback
        return ''.join(traceback.format_exception(*exc_info)).rstrip('\n')

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self._fmt % record.__dict__
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            s = s + "\n" + record.exc_text
        return s


_default_formatter = Formatter()


class Handler:
    def __init__(self, level=NOTSET):
        self.level = _check_level(level)
        self.formatter = None
        self.lock = threading.RLock()

    def setLevel(self, level):
        self.level = _check_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _default_formatter).format(record)

    def handle(self, record):
        if record.levelno >= self.level:
            with self.lock:
                self.emit(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def flush(self):
        pass


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream

    def emit(self, record):
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(self.format(record) + self.terminator)


class _LastResort(StreamHandler):
    def __init__(self):
        StreamHandler.__init__(self)
        self.level = WARNING


lastResort = _LastResort()


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = _check_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return not self.disabled and level > _disabled_up_to and level >= self.getEffectiveLevel()

    def addHandler(self, h):
        if h not in self.handlers:
            self.handlers.append(h)

    def removeHandler(self, h):
        if h in self.handlers:
            self.handlers.remove(h)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def _log(self, level, msg, args, exc_info=None):
        if exc_info and not isinstance(exc_info, tuple):
            exc = sys.exception() if hasattr(sys, 'exception') else None
            exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
        record = LogRecord(self.name, level, msg, args, exc_info)
        found = 0
        logger = self
        while logger:
            for h in logger.handlers:
                found += 1
                h.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def log(self, level, msg, *args, exc_info=None):
        if self.isEnabledFor(level):
            self._log(level, msg, args, exc_info)

    def debug(self, msg, *args, exc_info=None):
        self.log(DEBUG, msg, *args, exc_info=exc_info)

    def info(self, msg, *args, exc_info=None):
        self.log(INFO, msg, *args, exc_info=exc_info)

    def warning(self, msg, *args, exc_info=None):
        self.log(WARNING, msg, *args, exc_info=exc_info)

    def error(self, msg, *args, exc_info=None):
        self.log(ERROR, msg, *args, exc_info=exc_info)

    def exception(self, msg, *args, exc_info=True):
        self.log(ERROR, msg, *args, exc_info=exc_info)

    def critical(self, msg, *args, exc_info=None):
        self.log(CRITICAL, msg, *args, exc_info=exc_info)

    fatal = critical


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
_loggers = {}
_registry_lock = threading.RLock()


def getLogger(name=None):
    if not name or name == root.name:
        return root
    with _registry_lock:
        logger = _loggers.get(name)
        if logger is None:
            logger = Logger(name)
            _loggers[name] = logger
            # the parent is the nearest ancestor that exists; loggers created earlier below
            # this name now hang from it (CPython does this with placeholders)
            parts = name.split('.')
            logger.parent = root
            for i in range(len(parts) - 1, 0, -1):
                ancestor = _loggers.get('.'.join(parts[:i]))
                if ancestor is not None:
                    logger.parent = ancestor
                    break
            prefix = name + '.'
            for other in _loggers.values():
                if other.name.startswith(prefix) and len(other.parent.name if other.parent is not root else '') < len(name):
                    other.parent = logger
        return logger


def basicConfig(*, level=None, format=None, datefmt=None, stream=None, handlers=None, force=False):
    with _registry_lock:
        if force:
            root.handlers = []
        if root.handlers:
            return
        if handlers is None:
            handlers = [StreamHandler(stream)]
        formatter = Formatter(format or BASIC_FORMAT, datefmt)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(formatter)
            root.addHandler(h)
        if level is not None:
            root.setLevel(level)


def _root_call(level, msg, args, exc_info):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, exc_info=exc_info)


def debug(msg, *args, exc_info=None):
    _root_call(DEBUG, msg, args, exc_info)


def info(msg, *args, exc_info=None):
    _root_call(INFO, msg, args, exc_info)


def warning(msg, *args, exc_info=None):
    _root_call(WARNING, msg, args, exc_info)


def error(msg, *args, exc_info=None):
    _root_call(ERROR, msg, args, exc_info)


def exception(msg, *args, exc_info=True):
    _root_call(ERROR, msg, args, exc_info)


def critical(msg, *args, exc_info=None):
    _root_call(CRITICAL, msg, args, exc_info)


def log(level, msg, *args, exc_info=None):
    _root_call(level, msg, args, exc_info)


_disabled_up_to = NOTSET


def disable(level=CRITICAL):
    global _disabled_up_to
    _disabled_up_to = _check_level(level)


def shutdown():
    for logger in [root] + list(_loggers.values()):
        for h in logger.handlers:
            h.flush()
