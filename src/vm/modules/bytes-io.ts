// io.BytesIO: an in-memory binary stream over a growable Uint8Array.
import { PyObj, PyType, makeType, defineMethods, None, typeOf, type PyObject } from '../objects/base';
import { PyList } from '../objects/list';
import { PyBytes } from '../objects/bytes';
import { pyErr, TypeError, ValueError, StopIteration } from '../objects/exceptions';
import { defineGetSets } from '../objects/function';
import { toIndex } from '../objects/argparse';

export const bytesIOType: PyType = makeType('BytesIO', undefined, (cls) => new PyBytesIO(cls), '_io');

export class PyBytesIO extends PyObj {
  buf = new Uint8Array(0);
  pos = 0;
  closed = false;
  constructor(cls: PyType) {
    super(cls, cls.isHeap ? new Map() : null);
  }
}

function self(a: PyObject[]): PyBytesIO {
  const f = a[0];
  if (!(f instanceof PyBytesIO)) throw pyErr(TypeError, `expected a BytesIO object, got ${typeOf(f).name}`);
  if (f.closed) throw pyErr(ValueError, 'I/O operation on closed file.');
  return f;
}
function sizeArg(x: PyObject | undefined): number {
  return x === undefined || x === None ? -1 : toIndex(x);
}
function readline(f: PyBytesIO, limit = -1): Uint8Array {
  let end = f.buf.indexOf(10, f.pos);
  end = end < 0 ? f.buf.length : end + 1;
  if (limit >= 0) end = Math.min(end, f.pos + limit);
  const r = f.buf.slice(f.pos, end);
  f.pos = end;
  return r;
}

defineMethods(bytesIOType, {
  __init__: (a, kw) => {
    const f = a[0] as PyBytesIO;
    const init = a[1] ?? kw?.get('initial_bytes') ?? None;
    if (init !== None && !(init instanceof PyBytes)) throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(init).name}'`);
    f.buf = init instanceof PyBytes ? init.data.slice() : new Uint8Array(0);
    f.pos = 0;
    return None;
  },
  write: (a) => {
    const f = self(a);
    const d = a[1];
    if (!(d instanceof PyBytes)) throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(d).name}'`);
    const end = f.pos + d.data.length;
    if (end > f.buf.length) {
      const nb = new Uint8Array(end);
      nb.set(f.buf);
      f.buf = nb;
    }
    f.buf.set(d.data, f.pos);
    f.pos = end;
    return d.data.length;
  },
  read: (a) => {
    const f = self(a);
    const n = sizeArg(a[1]);
    const end = n < 0 ? f.buf.length : Math.min(f.buf.length, f.pos + n);
    const r = f.buf.slice(Math.min(f.pos, f.buf.length), end);
    f.pos = Math.max(f.pos, end);
    return new PyBytes(r);
  },
  readline: (a) => new PyBytes(readline(self(a), sizeArg(a[1]))),
  readlines: (a) => {
    const f = self(a);
    const out: PyObject[] = [];
    while (f.pos < f.buf.length) out.push(new PyBytes(readline(f)));
    return new PyList(out);
  },
  getvalue: (a) => new PyBytes(self(a).buf.slice()),
  seek: (a) => {
    const f = self(a);
    const off = toIndex(a[1]);
    const whence = a[2] === undefined ? 0 : toIndex(a[2]);
    if (whence === 0 && off < 0) throw pyErr(ValueError, `negative seek value ${off}`);
    f.pos = Math.max(0, whence === 0 ? off : whence === 1 ? f.pos + off : f.buf.length + off);
    return f.pos;
  },
  tell: (a) => self(a).pos,
  truncate: (a) => {
    const f = self(a);
    const n = a[1] === undefined || a[1] === None ? f.pos : toIndex(a[1]);
    f.buf = f.buf.slice(0, n);
    return n;
  },
  close: (a) => {
    (a[0] as PyBytesIO).closed = true;
    return None;
  },
  flush: () => None,
  readable: () => true,
  writable: () => true,
  seekable: () => true,
  __iter__: (a) => self(a),
  __next__: (a) => {
    const l = readline(self(a));
    if (l.length === 0) throw pyErr(StopIteration);
    return new PyBytes(l);
  },
  __enter__: (a) => self(a),
  __exit__: (a) => {
    (a[0] as PyBytesIO).closed = true;
    return None;
  },
});
defineGetSets(bytesIOType, { closed: [(o) => (o as PyBytesIO).closed] });
