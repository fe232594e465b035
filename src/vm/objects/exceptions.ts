// BaseException and the builtin exception hierarchy. Natives raise with `throw pyErr(T, msg)`;
// the exception object itself is what gets thrown (it is not a JS Error: no stack capture).
import { PyObj, PyType, makeType, objectType, None, type PyObject } from './base';
import { PyTuple, tuple } from './tuple';

/** One traceback entry: a frame position, innermost last (like tb_next chains). */
export interface TbEntry {
  frame: TbFrame;
  lasti: number;
  lineno: number;
  /** Function name to show when it differs from the frame's code (inlined comprehensions). */
  name?: string;
}
/** What the traceback printer needs from a frame (implemented by interpreter frames). */
export interface TbFrame {
  code: { name: string; qualname: string; filename: string; firstlineno: number; hidden?: boolean };
  positionOf(lasti: number): [number, number, number, number];
  globalsName(): string;
}

export class PyExc extends PyObj {
  args: PyTuple;
  traceback: TbEntry[] = [];
  cause: PyExc | null = null;
  context: PyExc | null = null;
  suppressContext = false;
  notes: PyObject | null = null;
  /** Unwinding bookkeeping: this frame is already represented in the traceback. */
  skipFrame: unknown = null;
  constructor(cls: PyType, args: PyTuple) {
    super(cls, new Map());
    this.args = args;
  }
}

const excFactory = (cls: PyType) => new PyExc(cls, tuple([]));
export const BaseException = makeType('BaseException', [objectType], excFactory);

function sub(name: string, base: PyType): PyType {
  return makeType(name, [base]);
}
export const SystemExit = sub('SystemExit', BaseException);
export const KeyboardInterrupt = sub('KeyboardInterrupt', BaseException);
export const GeneratorExit = sub('GeneratorExit', BaseException);
export const Exception = sub('Exception', BaseException);
export const StopIteration = sub('StopIteration', Exception);
export const StopAsyncIteration = sub('StopAsyncIteration', Exception);
export const ArithmeticError = sub('ArithmeticError', Exception);
export const FloatingPointError = sub('FloatingPointError', ArithmeticError);
export const OverflowError = sub('OverflowError', ArithmeticError);
export const ZeroDivisionError = sub('ZeroDivisionError', ArithmeticError);
export const AssertionError = sub('AssertionError', Exception);
export const AttributeError = sub('AttributeError', Exception);
export const BufferError = sub('BufferError', Exception);
export const EOFError = sub('EOFError', Exception);
export const ImportError = sub('ImportError', Exception);
export const ModuleNotFoundError = sub('ModuleNotFoundError', ImportError);
export const LookupError = sub('LookupError', Exception);
export const IndexError = sub('IndexError', LookupError);
export const KeyError = sub('KeyError', LookupError);
export const MemoryError = sub('MemoryError', Exception);
export const NameError = sub('NameError', Exception);
export const UnboundLocalError = sub('UnboundLocalError', NameError);
export const OSError = sub('OSError', Exception);
export const BlockingIOError = sub('BlockingIOError', OSError);
export const ChildProcessError = sub('ChildProcessError', OSError);
export const ConnectionError = sub('ConnectionError', OSError);
export const BrokenPipeError = sub('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = sub('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = sub('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = sub('ConnectionResetError', ConnectionError);
export const FileExistsError = sub('FileExistsError', OSError);
export const FileNotFoundError = sub('FileNotFoundError', OSError);
export const InterruptedError = sub('InterruptedError', OSError);
export const IsADirectoryError = sub('IsADirectoryError', OSError);
export const NotADirectoryError = sub('NotADirectoryError', OSError);
export const PermissionError = sub('PermissionError', OSError);
export const ProcessLookupError = sub('ProcessLookupError', OSError);
export const TimeoutError = sub('TimeoutError', OSError);
export const ReferenceError = sub('ReferenceError', Exception);
export const RuntimeError = sub('RuntimeError', Exception);
export const NotImplementedError = sub('NotImplementedError', RuntimeError);
export const RecursionError = sub('RecursionError', RuntimeError);
export const SyntaxError = sub('SyntaxError', Exception);
export const IndentationError = sub('IndentationError', SyntaxError);
export const TabError = sub('TabError', IndentationError);
export const SystemError = sub('SystemError', Exception);
export const TypeError = sub('TypeError', Exception);
export const ValueError = sub('ValueError', Exception);
export const UnicodeError = sub('UnicodeError', ValueError);
export const UnicodeDecodeError = sub('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = sub('UnicodeEncodeError', UnicodeError);
export const Warning = sub('Warning', Exception);
export const DeprecationWarning = sub('DeprecationWarning', Warning);
export const RuntimeWarning = sub('RuntimeWarning', Warning);
export const UserWarning = sub('UserWarning', Warning);
export const FutureWarning = sub('FutureWarning', Warning);
export const PendingDeprecationWarning = sub('PendingDeprecationWarning', Warning);
export const SyntaxWarning = sub('SyntaxWarning', Warning);
export const ImportWarning = sub('ImportWarning', Warning);
export const UnicodeWarning = sub('UnicodeWarning', Warning);
export const BytesWarning = sub('BytesWarning', Warning);
export const ResourceWarning = sub('ResourceWarning', Warning);
export const EncodingWarning = sub('EncodingWarning', Warning);
export const UnicodeTranslateError = sub('UnicodeTranslateError', UnicodeError);
export const BaseExceptionGroup = sub('BaseExceptionGroup', BaseException);
export const ExceptionGroup = makeType('ExceptionGroup', [BaseExceptionGroup, Exception]);

export const EXCEPTION_TYPES: PyType[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
  ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
  BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
  NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
  ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
  InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
  ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError,
  SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning,
  DeprecationWarning, RuntimeWarning, UserWarning, FutureWarning, BaseExceptionGroup, ExceptionGroup,
  PendingDeprecationWarning, SyntaxWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
  EncodingWarning, UnicodeTranslateError,
];

/** Make an exception instance of a builtin exception type. */
export function pyErr(t: PyType, msg?: string | PyObject, ...more: PyObject[]): PyExc {
  return new PyExc(t, msg === undefined ? tuple([]) : tuple([msg, ...more]));
}

export function isExc(x: unknown): x is PyExc {
  return x instanceof PyExc;
}

/** The exception's first argument (for StopIteration.value, SystemExit.code). */
export function firstArg(e: PyExc): PyObject {
  return e.args.items.length > 0 ? e.args.items[0] : None;
}
