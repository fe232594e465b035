// traceback objects (exc.__traceback__): a linked list over the exception's entries.
import { PyObj, makeType, None, type PyObject } from '../objects/base';
import type { PyExc, TbEntry } from '../objects/exceptions';
import { defineGetSets } from '../objects/function';

export const tracebackType = makeType('traceback');
export const frameType = makeType('frame');

export class PyTraceback extends PyObj {
  constructor(
    readonly entries: TbEntry[],
    readonly index: number,
  ) {
    super(tracebackType);
  }
}
export class PyFrameObj extends PyObj {
  constructor(readonly entry: TbEntry) {
    super(frameType);
  }
}

export function makeTracebackObject(exc: PyExc): PyObject {
  return exc.traceback.length ? new PyTraceback(exc.traceback, 0) : None;
}

defineGetSets(tracebackType, {
  tb_next: [(o) => {
    const t = o as PyTraceback;
    return t.index + 1 < t.entries.length ? new PyTraceback(t.entries, t.index + 1) : None;
  }],
  tb_lineno: [(o) => (o as PyTraceback).entries[(o as PyTraceback).index].lineno],
  tb_lasti: [(o) => (o as PyTraceback).entries[(o as PyTraceback).index].lasti * 2],
  tb_frame: [(o) => new PyFrameObj((o as PyTraceback).entries[(o as PyTraceback).index])],
});
defineGetSets(frameType, {
  f_lineno: [(o) => (o as PyFrameObj).entry.lineno],
  f_code: [(o) => (o as PyFrameObj).entry.frame.code as unknown as PyObject],
});
