// UnicodeEncodeError / UnicodeDecodeError: five-argument form (encoding, object, start, end,
// reason) with the attributes and the str() text CPython gives them.
import { defineMethods, None, type PyObject } from './base';
import { PyExc, UnicodeDecodeError, UnicodeEncodeError } from './exceptions';
import { defineGetSets } from './function';
import { unicodeErrorStr } from './codecs';
import { PyBytes } from './bytes';
import { str } from './repr';

const FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

export function installUnicodeErrors(): void {
  for (const [t, kind] of [[UnicodeEncodeError, 'encode'], [UnicodeDecodeError, 'decode']] as const) {
    defineMethods(t, {
      *__str__(a) {
        const e = a[0] as PyExc;
        const text = unicodeErrorStr(kind, e.args.items, (o, i) => (o instanceof PyBytes ? o.data[i] ?? 0 : 0));
        if (text !== null) return text;
        const items = e.args.items;
        if (items.length === 0) return '';
        return items.length === 1 ? yield* str(items[0]) : yield* str(e.args);
      },
    });
    FIELDS.forEach((name, i) => {
      defineGetSets(t, {
        [name]: [(o: PyObject) => (o as PyExc).args.items[i] ?? None],
      });
    });
  }
}
