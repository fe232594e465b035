// `_re`: the engine under lib/re.py. A compiled pattern is an opaque handle around JS RegExps
// built from the translated source; matching returns the group spans in code points.
import { PyObj, makeType, builtin, None, type PyObject } from '../objects/base';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { pyErr, TypeError } from '../objects/exceptions';
import { toIndex } from '../objects/argparse';
import { hasSurrogates } from '../objects/str-util';
import { defineNativeModule } from './registry';
import { translateRegex, RegexError } from './native/regex-translate';

const handleType = makeType('_re_handle', undefined, null, '_re');

class PyRegex extends PyObj {
  readonly search: RegExp;
  readonly sticky: RegExp;
  readonly full: RegExp;
  constructor(
    readonly source: string,
    readonly jsFlags: string,
    readonly groups: number,
  ) {
    super(handleType);
    this.search = new RegExp(source, jsFlags + 'gd');
    this.sticky = new RegExp(source, jsFlags + 'yd');
    this.full = new RegExp(`(?:${source})(?![\\s\\S])`, jsFlags + 'yd');
  }
}

/** Code point offset → UTF-16 offset (identity when the text has no surrogates). */
function toUnits(s: string, cp: number, astral: boolean): number {
  if (!astral) return cp;
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < s.length ? 2 : 1;
  }
  return u;
}
function toCodePoints(s: string, u: number, astral: boolean): number {
  if (!astral) return u;
  let cp = 0;
  for (let k = 0; k < u; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length) k++;
    cp++;
  }
  return cp;
}

/** exec(handle, string, pos, endpos, mode, avoid_empty_at): mode 0 match, 1 search, 2 fullmatch. */
function exec(a: PyObject[]): PyObject {
  const h = a[0];
  const s = a[1];
  if (!(h instanceof PyRegex)) throw pyErr(TypeError, 'bad regex handle');
  if (typeof s !== 'string') throw pyErr(TypeError, 'expected string');
  const astral = hasSurrogates(s);
  const len = astral ? Array.from(s).length : s.length;
  const clamp = (x: number) => Math.max(0, Math.min(len, x < 0 ? 0 : x));
  const pos = clamp(toIndex(a[2]));
  const endpos = clamp(a[3] === None ? len : toIndex(a[3]));
  const mode = toIndex(a[4]);
  const avoid = a[5] === undefined || a[5] === None ? -1 : toIndex(a[5]);
  if (endpos < pos) return None;
  const text = endpos < len ? s.slice(0, toUnits(s, endpos, astral)) : s;
  const start = toUnits(s, pos, astral);
  let m: RegExpExecArray | null;
  if (avoid === pos && mode !== 2) {
    // the previous match was empty here: a match at this position must be non-empty
    const ne = new RegExp(`(?:${h.source})(?<!^[\\s\\S]{${pos}})`, h.jsFlags + 'yd');
    ne.lastIndex = start;
    m = ne.exec(text);
    if (m === null && mode === 1 && start < text.length) {
      h.search.lastIndex = start + (astral && text.charCodeAt(start) >= 0xd800 && text.charCodeAt(start) < 0xdc00 ? 2 : 1);
      m = h.search.exec(text);
    }
  } else {
    const re = mode === 0 ? h.sticky : mode === 1 ? h.search : h.full;
    re.lastIndex = start;
    m = re.exec(text);
  }
  if (m === null) return None;
  const spans: PyObject[] = [];
  const idx = m.indices!;
  for (let g = 0; g <= h.groups; g++) {
    const sp = idx[g];
    if (sp === undefined) spans.push(-1, -1);
    else spans.push(toCodePoints(s, sp[0], astral), toCodePoints(s, sp[1], astral));
  }
  return new PyList(spans);
}

defineNativeModule('_re', () => {
  const g = new PyDict();
  g.set('__name__', '_re');
  /** compile(pattern, flags) → (handle, flags, groups, {name: index}) or an error (message, pos). */
  g.set('compile', builtin('compile', (a) => {
    const pattern = a[0];
    if (typeof pattern !== 'string') throw pyErr(TypeError, 'first argument must be string or compiled pattern');
    try {
      const t = translateRegex(pattern, toIndex(a[1]));
      const gi = new PyDict();
      for (const [k, v] of t.groupIndex) gi.set(k, v);
      return new PyTuple([new PyRegex(t.source, t.jsFlags, t.groups), t.flags, t.groups, gi]);
    } catch (e) {
      if (e instanceof RegexError) return new PyTuple([e.message, e.pos ?? None]);
      throw e;
    }
  }));
  g.set('exec', builtin('exec', exec));
  return new PyModule('_re', g);
});
