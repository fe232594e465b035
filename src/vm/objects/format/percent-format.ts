// printf-style formatting, `template % args` for str (Objects/unicodeobject.c PyUnicode_Format):
// https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting
// The engine never sees the VM's objects: hooks turn an opaque value into str/repr/ascii text
// or a number, so the VM plugs in its own types (and their dunder methods).
import { doubleToString, type DoubleFormatCode } from './double-to-string';
import { checkFormatWidth, FormatError } from './format-error';
import { DEFAULT_MAX_STR_DIGITS, intToString, type PyIntValue } from './number-parse';

export interface PercentHooks<V> {
  /** The items when `args` is a tuple, else null (a lone value is one argument). */
  tupleItems(args: V): readonly V[] | null;
  /** PyMapping_Check(args) and not a tuple or str: has __getitem__ (a dict, a list, …). */
  isMapping(args: V): boolean;
  /** mapping[key] for %(key)s; throw the VM's KeyError (or whatever __getitem__ raised). */
  getItem(mapping: V, key: string): V;
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** The value of an int (bool included) — what '*' accepts; null for anything else. */
  exactInt(v: V): PyIntValue | null;
  /** int(v) for %d %i %u; null when v is not a number or int(v) raises TypeError. */
  toInt(v: V): PyIntValue | null;
  /** operator.index(v) for %o %x %X and %c; null when v has no __index__. */
  toIndex(v: V): PyIntValue | null;
  /** float(v) for %e %f %g; null when v is not a real number. */
  toFloat(v: V): number | null;
  /** The text when v is a str, else null (%c takes a one-character str). */
  strValue(v: V): string | null;
  /** type(v).__name__, for error messages. */
  typeName(v: V): string;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;
const SSIZE_MAX = 2 ** 63 - 1;
const INT_MAX = 2 ** 31 - 1;

interface Conversion {
  flags: number;
  width: number; // -1 when absent
  prec: number; // -1 when absent
  ch: string;
}

/** `template % args`; `maxStrDigits` is sys.get_int_max_str_digits() (0: no limit) for %d. */
export function percentFormat<V>(
  template: string,
  args: V,
  hooks: PercentHooks<V>,
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
): string {
  const tuple = hooks.tupleItems(args);
  const dict = tuple === null && hooks.isMapping(args) ? args : null;
  // CPython's argument cursor: a lone value is "arglen -1, argidx -2", consumed once.
  let current = args;
  let arglen = tuple ? tuple.length : -1;
  let argidx = tuple ? 0 : -2;
  let currentTuple = tuple;

  const nextArg = (): V => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 || currentTuple === null ? current : currentTuple[i];
    }
    throw new FormatError('TypeError', 'not enough arguments for format string');
  };

  let out = '';
  const n = template.length;
  let pos = 0;
  while (pos < n) {
    const percent = template.indexOf('%', pos);
    if (percent < 0) {
      out += template.slice(pos);
      break;
    }
    out += template.slice(pos, percent);
    pos = percent + 1;
    if (template[pos] === '%') {
      // only a bare '%%' is a literal; '%5%' is an unsupported conversion
      out += '%';
      pos++;
      continue;
    }

    // %(key)
    if (template[pos] === '(') {
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (depth > 0 && pos < n) {
        if (template[pos] === ')') depth--;
        else if (template[pos] === '(') depth++;
        pos++;
      }
      if (depth > 0) throw new FormatError('ValueError', 'incomplete format key');
      if (dict === null) throw new FormatError('TypeError', 'format requires a mapping');
      current = hooks.getItem(dict, template.slice(keyStart, pos - 1));
      currentTuple = null;
      arglen = -1;
      argidx = -2;
    }

    const conv: Conversion = { flags: 0, width: -1, prec: -1, ch: '' };
    let c: string | undefined = template[pos++];
    for (; c !== undefined; c = template[pos++]) {
      if (c === '-') conv.flags |= F_LJUST;
      else if (c === '+') conv.flags |= F_SIGN;
      else if (c === ' ') conv.flags |= F_BLANK;
      else if (c === '#') conv.flags |= F_ALT;
      else if (c === '0') conv.flags |= F_ZERO;
      else break;
    }
    if (c === '*') {
      const width = hooks.exactInt(nextArg());
      if (width === null) throw new FormatError('TypeError', '* wants int');
      conv.width = ssize(width);
      if (conv.width < 0) {
        conv.flags |= F_LJUST;
        conv.width = -conv.width;
      }
      c = template[pos++];
    } else if (c !== undefined && c >= '0' && c <= '9') {
      conv.width = c.charCodeAt(0) - 48;
      for (c = template[pos++]; c !== undefined && c >= '0' && c <= '9'; c = template[pos++]) {
        conv.width = conv.width * 10 + (c.charCodeAt(0) - 48);
        if (conv.width > SSIZE_MAX) throw new FormatError('ValueError', 'width too big');
      }
    }
    if (c === '.') {
      conv.prec = 0;
      c = template[pos++];
      if (c === '*') {
        const prec = hooks.exactInt(nextArg());
        if (prec === null) throw new FormatError('TypeError', '* wants int');
        if (prec > INT_MAX || prec < -INT_MAX - 1) {
          throw new FormatError('OverflowError', 'Python int too large to convert to C int');
        }
        conv.prec = Math.max(0, Number(prec));
        c = template[pos++];
      } else if (c !== undefined && c >= '0' && c <= '9') {
        conv.prec = c.charCodeAt(0) - 48;
        for (c = template[pos++]; c !== undefined && c >= '0' && c <= '9'; c = template[pos++]) {
          conv.prec = conv.prec * 10 + (c.charCodeAt(0) - 48);
          if (conv.prec > INT_MAX) throw new FormatError('ValueError', 'precision too big');
        }
      }
    }
    if (c === 'h' || c === 'l' || c === 'L') c = template[pos++];
    if (c === undefined) throw new FormatError('ValueError', 'incomplete format');
    if (c >= '\ud800' && c <= '\udbff' && pos < n) c += template[pos++]; // a non-BMP conversion char
    conv.ch = c;
    out += formatOne(conv, nextArg(), hooks, template, pos, maxStrDigits);
  }
  if (argidx < arglen && dict === null) {
    throw new FormatError('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

function ssize(v: PyIntValue): number {
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1) {
    throw new FormatError('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

/** Format one argument, then pad it (CPython's unicode_format_arg_format + _output). */
function formatOne<V>(
  conv: Conversion,
  v: V,
  hooks: PercentHooks<V>,
  template: string,
  pos: number,
  maxStrDigits: number,
): string {
  let text: string;
  let numeric = false;
  switch (conv.ch) {
    case 's':
      text = hooks.str(v);
      break;
    case 'r':
      text = hooks.repr(v);
      break;
    case 'a':
      text = hooks.ascii(v);
      break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      text = formatInteger(conv, v, hooks, maxStrDigits);
      numeric = true;
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = hooks.toFloat(v);
      if (x === null) throw new FormatError('TypeError', `must be real number, not ${hooks.typeName(v)}`);
      checkFormatWidth(conv.prec);
      text = doubleToString(x, conv.ch as DoubleFormatCode, conv.prec < 0 ? 6 : conv.prec, {
        alt: (conv.flags & F_ALT) !== 0,
      });
      numeric = true;
      break;
    }
    case 'c':
      text = formatChar(v, hooks);
      break;
    default: {
      const code = conv.ch.codePointAt(0) ?? 0;
      const index = Array.from(template.slice(0, pos)).length - 1;
      const shown = code >= 32 && code <= 126 ? conv.ch : '?';
      throw new FormatError(
        'ValueError',
        `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`,
      );
    }
  }
  return pad(conv, text, numeric);
}

function formatInteger<V>(conv: Conversion, v: V, hooks: PercentHooks<V>, maxStrDigits: number): string {
  const hexOrOct = conv.ch === 'o' || conv.ch === 'x' || conv.ch === 'X';
  const value = hexOrOct ? hooks.toIndex(v) : hooks.toInt(v);
  if (value === null) {
    const wanted = hexOrOct ? 'an integer' : 'a real number';
    throw new FormatError('TypeError', `%${conv.ch} format: ${wanted} is required, not ${hooks.typeName(v)}`);
  }
  checkFormatWidth(conv.prec);
  const big = BigInt(value);
  const negative = big < 0n;
  const base = conv.ch === 'o' ? 8 : hexOrOct ? 16 : 10;
  let digits = base === 10 ? intToString(negative ? -big : big, 10, maxStrDigits) : (negative ? -big : big).toString(base);
  if (conv.prec > digits.length) digits = '0'.repeat(conv.prec - digits.length) + digits;
  let prefix = '';
  if ((conv.flags & F_ALT) !== 0 && hexOrOct) prefix = conv.ch === 'o' ? '0o' : '0x';
  const text = (negative ? '-' : '') + prefix + digits;
  return conv.ch === 'X' ? text.toUpperCase() : text;
}

function formatChar<V>(v: V, hooks: PercentHooks<V>): string {
  const s = hooks.strValue(v);
  if (s !== null) {
    const chars = Array.from(s);
    if (chars.length === 1) return chars[0];
    throw new FormatError('TypeError', '%c requires int or char');
  }
  const code = hooks.toIndex(v);
  if (code === null) {
    throw new FormatError('TypeError', '%c requires int or char');
  }
  if (code < 0 || code > 0x10ffff) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(code));
}

/** Width, sign and zero padding (CPython's unicode_format_arg_output). */
function pad(conv: Conversion, text: string, numeric: boolean): string {
  const chars = /[\ud800-\udfff]/.test(text) ? Array.from(text) : null;
  let len = chars ? chars.length : text.length;
  const { flags } = conv;
  const fillZero = numeric && (flags & F_ZERO) !== 0;
  if ((conv.width === -1 || conv.width <= len) && (conv.prec === -1 || conv.prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
    return text;
  }
  checkFormatWidth(conv.width);
  let body = chars ?? text;
  const isString = conv.ch === 's' || conv.ch === 'r' || conv.ch === 'a';
  if (isString && conv.prec >= 0 && len > conv.prec) {
    body = body.slice(0, conv.prec);
    len = conv.prec;
  }
  let start = 0;
  let sign = '';
  if (numeric) {
    if (body[0] === '-' || body[0] === '+') {
      sign = body[0];
      start = 1;
      len--;
    } else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
  }
  let width = Math.max(conv.width, len);
  let out = '';
  if (sign) {
    if (fillZero) out += sign;
    if (width > len) width--;
  }
  const alt = (flags & F_ALT) !== 0 && (conv.ch === 'x' || conv.ch === 'X' || conv.ch === 'o');
  let prefix = '';
  if (alt) {
    prefix = (Array.isArray(body) ? body.slice(start, start + 2).join('') : body.slice(start, start + 2));
    start += 2;
    if (fillZero) out += prefix;
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += (fillZero ? '0' : ' ').repeat(width - len);
    width = len;
  }
  if (!fillZero) out += sign + prefix;
  out += Array.isArray(body) ? body.slice(start, start + len).join('') : body.slice(start, start + len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
