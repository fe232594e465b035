// Python `re` syntax → an equivalent JavaScript RegExp source (unicode mode), so the `re`
// module runs on the host's backtracking engine. Everything whose meaning differs is rewritten
// explicitly: ^ $ \A \Z and '.' (Python only treats '\n' as a line break), \w \d \b (Unicode
// unless re.ASCII), (?P<name>…) / (?P=name), inline flags, verbose mode, Python-only escapes
// and literal braces. Constructs JS cannot express raise RegexError (re.error).

export const FLAG_I = 2, FLAG_L = 4, FLAG_M = 8, FLAG_S = 16, FLAG_U = 32, FLAG_X = 64, FLAG_A = 256;

export class RegexError extends Error {
  constructor(
    message: string,
    readonly pos: number | null,
  ) {
    super(message);
  }
}

export interface Translated {
  source: string;
  jsFlags: string;
  flags: number;
  groups: number;
  groupIndex: Map<string, number>;
}

const INLINE_FLAGS: Record<string, number> = { i: FLAG_I, L: FLAG_L, m: FLAG_M, s: FLAG_S, u: FLAG_U, x: FLAG_X, a: FLAG_A };
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

function cpEscape(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

export function translateRegex(pattern: string, flagsIn: number): Translated {
  let flags = flagsIn;
  // global inline flags: Python 3.11+ only allows them at the very start
  const lead = /^\(\?([aiLmsux]+)\)/.exec(pattern);
  let i = 0;
  if (lead) {
    for (const ch of lead[1]) flags |= INLINE_FLAGS[ch];
    i = lead[0].length;
  }
  const ascii = (flags & FLAG_A) !== 0;
  const W = ascii ? 'A-Za-z0-9_' : '\\p{L}\\p{N}_';
  const word = `[${W}]`, nonWord = `[^${W}]`;
  const digit = ascii ? '[0-9]' : '\\p{Nd}';
  const nonDigit = ascii ? '[^0-9]' : '\\P{Nd}';
  const verbose = (flags & FLAG_X) !== 0;
  let out = '';
  let groups = 0;
  const groupIndex = new Map<string, number>();
  const openParens: number[] = [];
  const n = pattern.length;

  const err = (msg: string, at: number): never => {
    throw new RegexError(`${msg} at position ${at}`, at);
  };

  /** One escape after a backslash at pattern[i] (i points at the backslash). */
  const escape = (inClass: boolean): string => {
    const start = i;
    i++;
    if (i >= n) err('bad escape (end of pattern)', start);
    const c = pattern[i];
    i++;
    switch (c) {
      case 'd': return inClass ? (ascii ? '0-9' : '\\p{Nd}') : digit;
      case 'D': return inClass ? (ascii ? '\\D' : '\\P{Nd}') : nonDigit;
      case 'w': return inClass ? W : word;
      case 'W': return inClass ? '\\W' : nonWord;
      case 's': return inClass ? ' \\t\\n\\r\\f\\v' + (ascii ? '' : '\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000') : ascii ? '[ \\t\\n\\r\\f\\v]' : '[\\s\\x1c-\\x1f\\x85]';
      case 'S': return inClass ? '\\S' : ascii ? '[^ \\t\\n\\r\\f\\v]' : '[^\\s\\x1c-\\x1f\\x85]';
      case 'b':
        if (inClass) return '\\x08';
        return `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
      case 'B':
        if (inClass) err('bad escape \\B', start);
        return `(?:(?<=${word})(?=${word})|(?<!${word})(?!${word}))`;
      case 'A':
        if (inClass) err('bad escape \\A', start);
        return '(?<![\\s\\S])';
      case 'Z':
        if (inClass) err('bad escape \\Z', start);
        return '(?![\\s\\S])';
      case 'n': return '\\n';
      case 't': return '\\t';
      case 'r': return '\\r';
      case 'f': return '\\f';
      case 'v': return '\\v';
      case 'a': return '\\x07';
      case 'x': {
        const h = /^[0-9a-fA-F]{2}/.exec(pattern.slice(i));
        if (!h) err(`incomplete escape \\x${pattern.slice(i, i + 2)}`, start);
        i += 2;
        return cpEscape(parseInt(h![0], 16));
      }
      case 'u':
      case 'U': {
        const len = c === 'u' ? 4 : 8;
        const h = new RegExp(`^[0-9a-fA-F]{${len}}`).exec(pattern.slice(i));
        if (!h) err(`incomplete escape \\${c}${pattern.slice(i, i + len)}`, start);
        i += len;
        const cp = parseInt(h![0], 16);
        if (cp > 0x10ffff) err(`bad escape \\${c}${h![0]}`, start);
        return cpEscape(cp);
      }
      case '0': {
        const o = /^[0-7]{0,2}/.exec(pattern.slice(i))![0];
        i += o.length;
        return cpEscape(parseInt('0' + o, 8));
      }
    }
    if (c >= '1' && c <= '9') {
      // octal escape (three octal digits) or a group reference
      const oct = /^[0-7]{2}/.exec(pattern.slice(i - 1, i + 2));
      if (oct && /^[0-7]{3}$/.test(pattern.slice(i - 1, i + 2))) {
        i += 2;
        const v = parseInt(pattern.slice(i - 3, i), 8);
        if (v > 0o377) err(`octal escape value \\${pattern.slice(i - 3, i)} outside of range 0-0o377`, start);
        return cpEscape(v);
      }
      let num = c;
      if (i < n && /[0-9]/.test(pattern[i])) num += pattern[i++];
      if (inClass) err(`bad escape \\${num}`, start);
      const g = Number(num);
      if (g > groups || openParens.includes(g)) err(g > groups ? `invalid group reference ${g}` : 'cannot refer to an open group', start + 1);
      return `(?:\\${g})`;
    }
    if (/[A-Za-z0-9]/.test(c)) err(`bad escape \\${c}`, start);
    // escaped punctuation / other characters are literals
    if (SYNTAX.has(c) || (inClass && c === '-')) return '\\' + c;
    return cpEscape(c.codePointAt(0)!);
  };

  const classBody = (): string => {
    // pattern[i] is just after '['
    const start = i - 1;
    let body = '';
    if (pattern[i] === '^') {
      body += '^';
      i++;
    }
    let first = true;
    for (;;) {
      if (i >= n) err('unterminated character set', start);
      const c = pattern[i];
      if (c === ']' && !first) {
        i++;
        break;
      }
      first = false;
      if (c === '\\') body += escape(true);
      else if (c === '[' || c === ']' || c === '/' || c === '{' || c === '}' || c === '(' || c === ')' || c === '|') {
        body += '\\' + c;
        i++;
      } else {
        const cp = pattern.codePointAt(i)!;
        body += String.fromCodePoint(cp);
        i += cp > 0xffff ? 2 : 1;
      }
    }
    return '[' + body + ']';
  };

  while (i < n) {
    const c = pattern[i];
    if (verbose) {
      if (/\s/.test(c)) {
        i++;
        continue;
      }
      if (c === '#') {
        while (i < n && pattern[i] !== '\n') i++;
        continue;
      }
    }
    switch (c) {
      case '\\':
        out += escape(false);
        continue;
      case '[':
        i++;
        out += classBody();
        continue;
      case '.':
        out += flags & FLAG_S ? '[\\s\\S]' : '[^\\n]';
        i++;
        continue;
      case '^':
        out += flags & FLAG_M ? '(?<![^\\n])' : '(?<![\\s\\S])';
        i++;
        continue;
      case '$':
        out += flags & FLAG_M ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
        i++;
        continue;
      case '{': {
        const q = /^\{(\d*)(,(\d*))?\}/.exec(pattern.slice(i));
        if (q && (q[1] !== '' || q[2] !== undefined)) {
          // {,n} means {0,n} in Python
          const lo = q[1] === '' ? '0' : q[1];
          if (q[3] !== undefined && q[3] !== '' && Number(q[3]) < Number(lo)) err('min repeat greater than max repeat', i + 1);
          out += q[2] === undefined ? `{${lo}}` : `{${lo},${q[3]}}`;
          i += q[0].length;
          if (pattern[i] === '+') err('possessive quantifiers are not supported', i);
          continue;
        }
        out += '\\{';
        i++;
        continue;
      }
      case '}':
      case ']':
      case '/':
        out += '\\' + c;
        i++;
        continue;
      case ')':
        if (openParens.length === 0) err('unbalanced parenthesis', i);
        openParens.pop();
        out += ')';
        i++;
        continue;
      case '*':
      case '+':
      case '?': {
        out += c;
        i++;
        if (pattern[i] === '?') {
          out += '?';
          i++;
        } else if (pattern[i] === '+') err('possessive quantifiers are not supported', i);
        continue;
      }
      case '(': {
        const start = i;
        if (pattern[i + 1] !== '?') {
          groups++;
          openParens.push(groups);
          out += '(';
          i++;
          continue;
        }
        const rest = pattern.slice(i + 2);
        let m: RegExpExecArray | null;
        if ((m = /^P<([^>]*)>/.exec(rest))) {
          const name = m[1];
          if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) err(`bad character in group name '${name}'`, start + 4);
          if (groupIndex.has(name)) err(`redefinition of group name '${name}' as group ${groups + 1}; was group ${groupIndex.get(name)}`, start + 4);
          groups++;
          groupIndex.set(name, groups);
          openParens.push(groups);
          out += `(?<${name}>`;
          i += 2 + m[0].length;
        } else if ((m = /^P=([^)]*)\)/.exec(rest))) {
          const g = groupIndex.get(m[1]);
          if (g === undefined) err(`unknown group name '${m[1]}'`, start + 4);
          out += `(?:\\${g})`;
          i += 2 + m[0].length;
        } else if (rest.startsWith('#')) {
          const close = pattern.indexOf(')', i);
          if (close < 0) err('missing ), unterminated comment', start);
          i = close + 1;
        } else if (rest.startsWith(':') || rest.startsWith('=') || rest.startsWith('!')) {
          openParens.push(-1);
          out += '(?' + rest[0];
          i += 3;
        } else if (rest.startsWith('<=') || rest.startsWith('<!')) {
          openParens.push(-1);
          out += '(?' + rest.slice(0, 2);
          i += 4;
        } else if (/^[aiLmsux]*(?:-[imsx]+)?:/.test(rest)) {
          // scoped flags (?i:…): the host engine cannot switch flags inside a pattern
          err('scoped inline flags are not supported', start);
        } else if (/^[aiLmsux]+\)/.test(rest)) {
          err('global flags not at the start of the expression', start);
        } else if (rest.startsWith('(')) {
          err('conditional groups are not supported', start);
        } else if (rest.startsWith('>')) {
          err('atomic groups are not supported', start);
        } else {
          err(`unknown extension ?${rest[0] ?? ''}`, start + 1);
        }
        continue;
      }
      case '|':
        out += '|';
        i++;
        continue;
      default: {
        const cp = pattern.codePointAt(i)!;
        out += SYNTAX.has(c) ? '\\' + c : String.fromCodePoint(cp);
        i += cp > 0xffff ? 2 : 1;
      }
    }
  }
  if (openParens.length) err('missing ), unterminated subpattern', pattern.lastIndexOf('('));
  const jsFlags = 'u' + (flags & FLAG_I ? 'i' : '');
  if (!(flags & FLAG_A)) flags |= FLAG_U;
  // validate with the host engine (e.g. "nothing to repeat")
  try {
    new RegExp(out, jsFlags);
  } catch (e) {
    const msg = String((e as Error).message);
    if (/Nothing to repeat/i.test(msg)) throw new RegexError('nothing to repeat', null);
    throw new RegexError(msg.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '').toLowerCase(), null);
  }
  return { source: out, jsFlags, flags, groups, groupIndex };
}
