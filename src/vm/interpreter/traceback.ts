// Printing exceptions exactly like CPython 3.12's traceback module: frames with source lines
// and caret lines (with ~ and ^ anchors for binary operators and subscripts), collapsed
// recursion, chained exceptions, and SyntaxError's own layout.
import { parse } from '../parser';
import type * as A from '../parser/ast';
import { PyExc, SyntaxError as SyntaxErrorType, NameError, AttributeError, ImportError } from '../objects/exceptions';
import { None, typeOf, type PyObject } from '../objects/base';
import { PyModule } from '../objects/module';
import { PyType } from '../objects/base';
import type { Interpreter } from './interpreter';
import { str } from '../objects/repr';
import { isGroup, groupExceptions } from '../objects/exception-group';

const RECURSIVE_CUTOFF = 3;

function sourceLine(source: string, lineno: number): string | null {
  const lines = source.split('\n');
  const l = lines[lineno - 1];
  return l === undefined ? null : l.replace(/\r$/, '');
}

interface Anchors {
  left: number;
  right: number;
}

function caretAnchors(segment: string): Anchors | null {
  let tree: A.Module;
  try {
    tree = parse(segment, '<segment>');
  } catch {
    return null;
  }
  if (tree.body.length !== 1 || tree.body[0]._type !== 'Expr') return null;
  const e = tree.body[0].value;
  if (e._type === 'BinOp') {
    const opStart = e.left.end_col_offset;
    const opEnd = e.right.col_offset;
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = e.left.end_col_offset + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) right++;
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return { left, right };
  }
  if (e._type === 'Subscript') {
    let left = e.value.end_col_offset;
    let right = e.slice.end_col_offset + 1;
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] !== '[')) left++;
    while (right < segment.length && (/\s/.test(segment[right]) || segment[right] !== ']')) right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

/** UTF-8 byte offset → character offset within a line. */
function charOffset(line: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  return new TextDecoder().decode(bytes.slice(0, byteOffset)).length;
}

function formatFrame(filename: string, lineno: number, name: string, source: string | null, pos: [number, number, number, number]): string {
  let out = `  File "${filename}", line ${lineno}, in ${name}\n`;
  if (source === null) return out;
  const original = sourceLine(source, lineno);
  if (original === null) return out;
  const stripped = original.trim();
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  const [, endLine, col, endCol] = pos;
  if (col < 0 || endCol < 0) return out;
  const strippedChars = original.length - original.trimStart().length;
  const start = charOffset(original, col);
  let end = charOffset(original, endCol);
  let anchors: Anchors | null = null;
  if (endLine === lineno) anchors = caretAnchors(original.slice(start, end));
  else end = strippedChars + stripped.length;
  if (end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)) {
    let caret = '    ' + ' '.repeat(Math.max(0, start - strippedChars));
    if (anchors !== null) {
      caret += '~'.repeat(anchors.left) + '^'.repeat(anchors.right - anchors.left) + '~'.repeat(Math.max(0, end - start - anchors.right));
    } else caret += '^'.repeat(Math.max(1, end - start));
    out += caret + '\n';
  }
  return out;
}

function excTypeName(t: PyType): string {
  const mod = t.module;
  if (mod === '__main__' || mod === 'builtins') return t.qualname;
  return `${mod}.${t.qualname}`;
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 1 : 2;
      dp[i][j] = Math.min(dp[i - 1][j] + 2, dp[i][j - 1] + 2, dp[i - 1][j - 1] + cost);
    }
  }
  return dp[a.length][b.length];
}
/** CPython's "Did you mean" suggestion (Python/suggestions.c). */
function suggest(name: string, candidates: string[]): string | null {
  if (candidates.length > 750) return null;
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const maxD = Math.floor((name.length + c.length + 3) * 2 / 6);
    const d = levenshtein(name, c);
    if (d > maxD) continue;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function suggestionFor(exc: PyExc, interp: Interpreter): string {
  const d = exc.dict!;
  const name = d.get('name');
  if (typeof name !== 'string') return '';
  if (exc.cls === NameError || exc.cls.isSubtypeOf(NameError)) {
    const tb = exc.traceback;
    const last = tb.length ? tb[tb.length - 1].frame : null;
    const cands: string[] = [];
    if (last !== null) {
      const f = last as unknown as { code: { varnames: string[] }; globals: { table: { map: Map<unknown, unknown> } }; fast: unknown[] };
      cands.push(...f.code.varnames);
      for (const k of f.globals.table.map.keys()) if (typeof k === 'string') cands.push(k);
    }
    for (const k of interp.builtinsDict.table.map.keys()) if (typeof k === 'string') cands.push(k);
    const s = suggest(name, cands);
    if (s !== null) return `. Did you mean: '${s}'?`;
    return '';
  }
  if (exc.cls === ImportError && typeof d.get('name_from') === 'string') {
    const mod = d.get('obj');
    if (mod instanceof PyModule) {
      const cands = [...mod.globals.table.map.keys()].filter((k): k is string => typeof k === 'string');
      const s = suggest(d.get('name_from') as string, cands);
      if (s !== null) return `. Did you mean: '${s}'?`;
    }
    return '';
  }
  if (exc.cls === AttributeError) {
    const obj = d.get('obj');
    if (obj === undefined) return '';
    const cands = new Set<string>();
    const t = obj instanceof PyType ? obj : typeOf(obj);
    for (const m of t.mro) for (const k of m.dict!.keys()) cands.add(k as string);
    if (typeof obj === 'object' && obj.dict) for (const k of obj.dict.keys()) if (typeof k === 'string') cands.add(k);
    if (obj instanceof PyModule) for (const k of obj.globals.table.map.keys()) if (typeof k === 'string') cands.add(k);
    const s = suggest(name, [...cands]);
    if (s !== null) return `. Did you mean: '${s}'?`;
  }
  void ImportError;
  return '';
}

function formatOne(exc: PyExc, interp: Interpreter): string {
  let out = '';
  const tb = exc.traceback;
  if (tb.length) {
    out += 'Traceback (most recent call last):\n';
    let lastKey = '';
    let count = 0;
    for (const e of tb) {
      const code = e.frame.code;
      const fname = e.name ?? code.name;
      const key = `${code.filename}\u0000${e.lineno}\u0000${fname}`;
      if (key === lastKey) {
        count++;
        if (count > RECURSIVE_CUTOFF) continue;
      } else {
        if (count > RECURSIVE_CUTOFF) {
          const n = count - RECURSIVE_CUTOFF;
          out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
        }
        lastKey = key;
        count = 1;
      }
      const src = (code as unknown as { source?: string }).source ?? null;
      out += formatFrame(code.filename, e.lineno, fname, src, e.frame.positionOf(e.lasti));
    }
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  }
  const tname = excTypeName(exc.cls);
  if (exc.cls.isSubtypeOf(SyntaxErrorType)) return out + formatSyntaxError(exc, tname, interp);
  let msg: string;
  try {
    msg = interp.runGenSync(str(exc)) as string;
  } catch {
    msg = '<exception str() failed>';
  }
  msg += suggestionFor(exc, interp);
  out += msg === '' ? `${tname}\n` : `${tname}: ${msg}\n`;
  const notes = exc.dict?.get('__notes__');
  if (notes && typeof notes === 'object' && 'items' in notes) {
    for (const n of (notes as { items: PyObject[] }).items) out += `${typeof n === 'string' ? n : interp.strSync(n)}\n`;
  }
  return out;
}

function formatSyntaxError(exc: PyExc, tname: string, _interp: Interpreter): string {
  const d = exc.dict!;
  const filename = d.get('filename');
  const lineno = d.get('lineno');
  const text = d.get('text');
  const offset = d.get('offset');
  const endOffset = d.get('end_offset');
  const msg = d.get('msg');
  let out = '';
  let suffix = '';
  if (typeof lineno === 'number') out += `  File "${typeof filename === 'string' ? filename : '<string>'}", line ${lineno}\n`;
  else if (typeof filename === 'string') suffix = ` (${filename})`;
  if (typeof text === 'string') {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (typeof offset === 'number') {
      let off = offset;
      // CPython's C printer shows a single caret for indentation errors
      let end = typeof endOffset === 'number' && endOffset !== 0 && !tname.endsWith('IndentationError') && tname !== 'TabError' ? endOffset : off;
      if (off > text.length) off = text.length + 1;
      if (end > text.length) end = text.length + 1;
      if (off >= end || end < 0) end = off + 1;
      const colno = off - 1 - spaces;
      const endColno = end - 1 - spaces;
      if (colno >= 0) {
        const caretspace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out += `    ${caretspace}${'^'.repeat(endColno - colno)}\n`;
      }
    }
  }
  out += `${tname}: ${typeof msg === 'string' ? msg : '<no detail available>'}${suffix}\n`;
  return out;
}

/** The full report for an uncaught exception, with __cause__/__context__ chains first;
 * exception groups are drawn as nested boxes like CPython's traceback module. */
export function formatException(exc: PyExc, interp: Interpreter): string {
  const seen = new Set<PyExc>();
  const MAX_WIDTH = 15, MAX_DEPTH = 10;
  let depth = 0;
  let needClose = false;
  const emit = (text: string, margin = '|'): string => {
    if (depth === 0) return text;
    const prefix = ' '.repeat(2 * depth) + margin + ' ';
    return text.split(/(?<=\n)/).map((l) => prefix + l).join('');
  };
  const body = (e: PyExc): string => {
    const subs = groupExceptions(e);
    if (!isGroup(e) || subs.length === 0) return emit(formatOne(e, interp));
    if (depth > MAX_DEPTH) return emit(`... (max_group_depth is ${MAX_DEPTH})\n`, '-');
    const top = depth === 0;
    if (top) depth++;
    let out = '';
    const one = formatOne(e, interp);
    const head = 'Traceback (most recent call last):\n';
    if (one.startsWith(head)) out += emit('Exception Group Traceback (most recent call last):\n', top ? '+' : '|') + emit(one.slice(head.length));
    else out += emit(one);
    const n = subs.length <= MAX_WIDTH ? subs.length : MAX_WIDTH + 1;
    needClose = false;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (last) needClose = true;
      const truncated = i >= MAX_WIDTH;
      out += ' '.repeat(2 * depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : String(i + 1)} ----------------\n`;
      depth++;
      if (!truncated) out += walk(subs[i]);
      else out += emit(`and ${subs.length - MAX_WIDTH} more exception${subs.length - MAX_WIDTH > 1 ? 's' : ''}\n`);
      if (last && needClose) {
        out += ' '.repeat(2 * depth) + '+------------------------------------\n';
        needClose = false;
      }
      depth--;
    }
    if (top) depth = 0;
    return out;
  };
  const walk = (e: PyExc): string => {
    seen.add(e);
    let out = '';
    if (e.cause !== null && !seen.has(e.cause)) {
      out += walk(e.cause) + emit('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (e.context !== null && !e.suppressContext && !seen.has(e.context)) {
      out += walk(e.context) + emit('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    return out + body(e);
  };
  return walk(exc);
}

export { None };
