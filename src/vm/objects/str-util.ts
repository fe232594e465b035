// ascii(): repr with non-ASCII characters escaped.
export function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

// str is a JS (UTF-16) string; Python counts code points. Strings without surrogates (almost
// all) take the fast path; the answer for long strings is cached so len() in a loop stays O(1).
const SURROGATE = /[\ud800-\udfff]/;
const longCache = new Map<string, boolean>();
export function hasSurrogates(s: string): boolean {
  if (s.length < 2) return false;
  if (s.length < 256) return SURROGATE.test(s);
  let r = longCache.get(s);
  if (r === undefined) {
    r = SURROGATE.test(s);
    if (longCache.size > 64) longCache.clear();
    longCache.set(s, r);
  }
  return r;
}
/** len() of a str in code points. */
export function cpLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}
/** The code point (one or two UTF-16 units) at UTF-16 offset i, for iterators. */
export function charAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return s.slice(i, i + 2);
  }
  return s[i];
}
