// Text files: sys.stdout/stderr/stdin, open() over the interpreter's in-memory file system,
// and io.StringIO. One class, PyFile, with the usual text-file methods.
import { PyObj, PyType, makeType, defineMethods, None, typeOf, builtin, type PyObject, type KwArgs } from '../objects/base';
import { PyList } from '../objects/list';
import { pyErr, TypeError, ValueError, FileNotFoundError, OSError } from '../objects/exceptions';
import { defineGetSets } from '../objects/function';
import { PyModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import type { Interpreter } from '../interpreter/interpreter';
import { defineNativeModule } from './registry';
import { PyBytes, encodeString } from '../objects/bytes';
import { PyStaticMethod, staticmethodType } from '../objects/function';
import { bytesIOType } from './bytes-io';

export const textIOType = makeType('TextIOWrapper', undefined, null, '_io');
export const stringIOType = makeType('StringIO', undefined, (cls) => new PyFile(null, '<StringIO>', 'r+', '', cls), '_io');

export class PyFile extends PyObj {
  pos = 0;
  closed = false;
  constructor(
    readonly interp: Interpreter | null,
    readonly name: string,
    readonly mode: string,
    public buffer: string,
    cls: PyType = textIOType,
    readonly stream: 'stdout' | 'stderr' | 'stdin' | null = null,
  ) {
    super(cls, cls.isHeap ? new Map() : null);
  }
}

function file(a: PyObject[]): PyFile {
  const f = a[0];
  if (!(f instanceof PyFile)) throw pyErr(TypeError, `expected a file object, got ${typeOf(f).name}`);
  return f;
}
function checkOpen(f: PyFile): void {
  // (StringIO's message has no final period in CPython)
  if (f.closed) throw pyErr(ValueError, f.cls === textIOType ? 'I/O operation on closed file.' : 'I/O operation on closed file');
}
function flushToFs(f: PyFile): void {
  if (f.interp && f.stream === null && f.cls === textIOType && /[wax+]/.test(f.mode)) f.interp.files.set(f.name, f.buffer);
}

function write(f: PyFile, s: PyObject): number {
  checkOpen(f);
  if (f.mode.includes('b')) {
    if (!(s instanceof PyBytes)) throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(s).name}'`);
    s = new TextDecoder().decode(s.data);
  }
  if (typeof s !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${typeOf(s).name}`);
  if (f.stream === 'stdout') f.interp!.writeStdout(s);
  else if (f.stream === 'stderr') f.interp!.writeStderr(s);
  else {
    if (f.cls === textIOType && !/[wa+x]/.test(f.mode)) throw pyErr(OSError, 'not writable');
    f.buffer = f.buffer.slice(0, f.pos) + s + f.buffer.slice(f.pos + s.length);
    f.pos += s.length;
    flushToFs(f);
  }
  return s.length;
}

function readline(f: PyFile): string {
  checkOpen(f);
  if (f.stream === 'stdin') {
    const i = f.interp!;
    const rest = i.stdinText.slice(i.stdinPos);
    const nl = rest.indexOf('\n');
    const line = nl < 0 ? rest : rest.slice(0, nl + 1);
    i.stdinPos += line.length;
    return line;
  }
  const nl = f.buffer.indexOf('\n', f.pos);
  const end = nl < 0 ? f.buffer.length : nl + 1;
  const line = f.buffer.slice(f.pos, end);
  f.pos = end;
  return line;
}

export function makeFileType(): void {
  for (const t of [textIOType, stringIOType]) {
    defineMethods(t, {
      write: (a) => write(file(a), a[1]),
      writelines: (a) => {
        const f = file(a);
        const l = a[1];
        if (l instanceof PyList) for (const s of l.items) write(f, s);
        return None;
      },
      read: (a) => {
        const f = file(a);
        checkOpen(f);
        if (f.stream === 'stdin') {
          const i = f.interp!;
          const r = i.stdinText.slice(i.stdinPos);
          i.stdinPos = i.stdinText.length;
          return r;
        }
        const n = a[1] === undefined || a[1] === None ? -1 : (a[1] as number);
        const end = n < 0 ? f.buffer.length : Math.min(f.buffer.length, f.pos + n);
        const r = f.buffer.slice(f.pos, end);
        f.pos = end;
        return f.mode.includes('b') ? encodeString(r, 'utf-8') : r;
      },
      readline: (a) => readline(file(a)),
      readlines: (a) => {
        const f = file(a);
        const out: PyObject[] = [];
        for (;;) {
          const l = readline(f);
          if (l === '') break;
          out.push(l);
        }
        return new PyList(out);
      },
      __iter__: (a) => {
        checkOpen(file(a));
        return a[0];
      },
      __next__: (a) => {
        const l = readline(file(a));
        if (l === '') throw pyErr(stopIterationType());
        return l;
      },
      close: (a) => {
        const f = file(a);
        flushToFs(f);
        f.closed = true;
        return None;
      },
      flush: () => None,
      seek: (a) => {
        const f = file(a);
        f.pos = a[1] as number;
        return f.pos;
      },
      tell: (a) => file(a).pos,
      getvalue: (a) => file(a).buffer,
      truncate: (a) => {
        const f = file(a);
        f.buffer = f.buffer.slice(0, a[1] === undefined || a[1] === None ? f.pos : (a[1] as number));
        return f.buffer.length;
      },
      isatty: () => false,
      readable: (a) => file(a).stream !== 'stdout' && file(a).stream !== 'stderr',
      writable: (a) => file(a).stream !== 'stdin',
      fileno: (a) => (file(a).stream === 'stdin' ? 0 : file(a).stream === 'stdout' ? 1 : file(a).stream === 'stderr' ? 2 : 3),
      __enter__: (a) => a[0],
      __exit__: (a) => {
        const f = file(a);
        flushToFs(f);
        f.closed = true;
        return None;
      },
    });
    defineGetSets(t, {
      name: [(o) => (o as PyFile).name],
      mode: [(o) => (o as PyFile).mode],
      closed: [(o) => (o as PyFile).closed],
      encoding: [() => 'utf-8'],
    });
  }
  defineMethods(stringIOType, {
    __init__: (a, kw) => {
      const f = file(a);
      const init = a[1] ?? kw?.get('initial_value') ?? '';
      if (typeof init !== 'string' && init !== None) throw pyErr(TypeError, `initial_value must be str or None, not ${typeOf(init).name}`);
      f.buffer = init === None ? '' : (init as string);
      f.pos = 0;
      return None;
    },
  });
}

let stopIter: PyType | null = null;
function stopIterationType(): PyType {
  return stopIter!;
}
export function setStopIteration(t: PyType): void {
  stopIter = t;
}

export function openFile(interp: Interpreter, a: PyObject[], kw: KwArgs | null): PyObject {
  const name = a[0] ?? kw?.get('file');
  const mode = (a[1] ?? kw?.get('mode') ?? 'r') as string;
  if (typeof name !== 'string') throw pyErr(TypeError, `expected str, bytes or os.PathLike object, not ${typeOf(name ?? None).name}`);
  if (/[rb]/.test(mode) && !/[wax+]/.test(mode) || mode === 'r+') {
    const content = interp.files.get(name);
    if (content === undefined) throw pyErr(FileNotFoundError, 2, 'No such file or directory', name);
    return new PyFile(interp, name, mode, content);
  }
  if (mode.includes('x') && interp.files.has(name)) throw pyErr(OSError, 17, 'File exists', name);
  const start = mode.includes('a') ? (interp.files.get(name) ?? '') : '';
  const f = new PyFile(interp, name, mode, start);
  f.pos = start.length;
  interp.files.set(name, start);
  return f;
}

defineNativeModule('io', (interp) => {
  const g = new PyDict();
  g.set('__name__', 'io');
  g.set('StringIO', stringIOType);
  g.set('BytesIO', bytesIOType);
  g.set('TextIOWrapper', textIOType);
  g.set('open', builtin('open', (a, kw) => openFile(interp, a, kw)));
  return new PyModule('io', g);
});
void PyStaticMethod;
void staticmethodType;
