// types.GenericAlias: what `list[int]`, `dict[str, int]`, `tuple[int, ...]` evaluate to.
// Calling it builds the origin type; attribute access falls through to the origin.
import { PyObj, PyType, makeType, defineMethods, Ellipsis, type PyObject, CallReq } from './base';
import { PyTuple } from './tuple';
import { defineGetSets } from './function';
import { reprFast } from './repr';

export const genericAliasType: PyType = makeType('GenericAlias', undefined, null, 'types');

export class PyGenericAlias extends PyObj {
  constructor(
    readonly origin: PyType,
    readonly args: PyObject[],
  ) {
    super(genericAliasType);
  }
}

function typeText(x: PyObject): string {
  if (x === Ellipsis) return '...';
  if (x instanceof PyType) return x.module === 'builtins' ? x.qualname : `${x.module}.${x.qualname}`;
  if (x instanceof PyGenericAlias) return aliasRepr(x);
  return reprFast(x) ?? '?';
}
function aliasRepr(g: PyGenericAlias): string {
  return `${typeText(g.origin)}[${g.args.length ? g.args.map(typeText).join(', ') : '()'}]`;
}

export function makeAlias(origin: PyType, key: PyObject): PyGenericAlias {
  return new PyGenericAlias(origin, key instanceof PyTuple ? key.items.slice() : [key]);
}

defineMethods(genericAliasType, {
  __repr__: (a) => aliasRepr(a[0] as PyGenericAlias),
  *__call__(a, kw) {
    return yield new CallReq((a[0] as PyGenericAlias).origin, a.slice(1), kw);
  },
  __eq__: (a) => {
    const x = a[0] as PyGenericAlias, y = a[1];
    return y instanceof PyGenericAlias && x.origin === y.origin && x.args.length === y.args.length && x.args.every((v, i) => v === y.args[i]);
  },
  __hash__: (a) => (a[0] as PyGenericAlias).origin.name.length,
  __mro_entries__: (a) => new PyTuple([(a[0] as PyGenericAlias).origin]),
});
defineGetSets(genericAliasType, {
  __origin__: [(o) => (o as PyGenericAlias).origin],
  __args__: [(o) => new PyTuple((o as PyGenericAlias).args)],
  __name__: [(o) => (o as PyGenericAlias).origin.name],
});
