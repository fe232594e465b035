// Iterator objects for the builtin containers and the lazy builtins (enumerate, zip, map,
// filter, reversed). Their `next` fast paths never call Python; map/filter/zip/enumerate
// over user iterators go through the generic iterNext generator (iteration.ts).
import { PyObj, makeType, type PyObject } from './base';
import type { PyList } from './list';
import type { PyRange } from './range';
import type { KeyTable } from './hashkey';

export const listIterType = makeType('list_iterator');
export const tupleIterType = makeType('tuple_iterator');
export const strIterType = makeType('str_ascii_iterator');
export const rangeIterType = makeType('range_iterator');
export const dictKeyIterType = makeType('dict_keyiterator');
export const dictValueIterType = makeType('dict_valueiterator');
export const dictItemIterType = makeType('dict_itemiterator');
export const setIterType = makeType('set_iterator');
export const reversedType = makeType('reversed');
export const enumerateType = makeType('enumerate');
export const zipType = makeType('zip');
export const mapType = makeType('map');
export const filterType = makeType('filter');
export const callIterType = makeType('callable_iterator');
export const seqIterType = makeType('iterator');

export class PyListIter extends PyObj {
  idx = 0;
  constructor(readonly list: PyList) {
    super(listIterType);
  }
}
export class PyArrayIter extends PyObj {
  idx = 0;
  constructor(
    readonly items: readonly PyObject[],
    cls = tupleIterType,
  ) {
    super(cls);
  }
}
export class PyStrIter extends PyObj {
  idx = 0;
  constructor(readonly s: string) {
    super(strIterType);
  }
}
export class PyRangeIter extends PyObj {
  idx = 0;
  constructor(readonly r: PyRange) {
    super(rangeIterType);
  }
}
/** Iterates a dict's or set's KeyTable; raises if the size changes meanwhile. */
export class PyTableIter extends PyObj {
  readonly it: Iterator<[unknown, PyObject]>;
  readonly size: number;
  constructor(
    readonly table: KeyTable,
    /** 0 keys, 1 values, 2 items */
    readonly kind: number,
    cls = dictKeyIterType,
    readonly what = 'dictionary',
  ) {
    super(cls);
    this.it = table.map.entries();
    this.size = table.map.size;
  }
}
export class PySetIter extends PyObj {
  idx = 0;
  readonly items: PyObject[];
  readonly size: number;
  constructor(readonly set: { size: number; snapshot(): PyObject[] }) {
    super(setIterType);
    this.items = set.snapshot();
    this.size = set.size;
  }
}
export class PyReversedList extends PyObj {
  constructor(
    readonly items: () => readonly PyObject[],
    public idx: number,
  ) {
    super(reversedType);
  }
}
export class PyEnumerate extends PyObj {
  constructor(
    readonly it: PyObject,
    public count: number | bigint,
  ) {
    super(enumerateType);
  }
}
export class PyZip extends PyObj {
  constructor(
    readonly its: PyObject[],
    readonly strict: boolean,
  ) {
    super(zipType);
  }
}
export class PyMapIter extends PyObj {
  constructor(
    readonly fn: PyObject,
    readonly its: PyObject[],
  ) {
    super(mapType);
  }
}
export class PyFilter extends PyObj {
  constructor(
    readonly fn: PyObject,
    readonly it: PyObject,
  ) {
    super(filterType);
  }
}
export class PyCallIter extends PyObj {
  done = false;
  constructor(
    readonly fn: PyObject,
    readonly sentinel: PyObject,
  ) {
    super(callIterType);
  }
}
/** The old __getitem__ sequence protocol. */
export class PySeqIter extends PyObj {
  idx = 0;
  done = false;
  constructor(readonly seq: PyObject) {
    super(seqIterType);
  }
}
