"""Regular expressions: Python's `re` API over the native `_re` engine (patterns are translated
to the host's regex syntax; see modules/native/regex-translate.ts)."""
import _re
import enum

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
           "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG", "RegexFlag"]


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64

    def __repr__(self):
        if self._value_ == 0:
            return "re.NOFLAG"
        names = [("re." + m._name_) for m in RegexFlag
                 if m._value_ and m._name_ == m._name_.upper() and len(m._name_) > 1
                 and self._value_ & m._value_ == m._value_]
        return "|".join(names) if names else "re.RegexFlag(%d)" % self._value_

    __str__ = object.__str__


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        super().__init__(msg)


PatternError = error


class Match:
    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            e = self._spans[2 * i + 1]
            if self._spans[2 * i] >= 0 and e >= best_end:
                # the last group to close: the one ending last (outermost on ties)
                if best is None or e > best_end:
                    best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, j in self.re.groupindex.items():
            if j == i:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


def _expand(pattern, template):
    """Parse a replacement template once; returns a function of the match."""
    if isinstance(template, bytes):
        raise TypeError("bytes templates are not supported")
    parts = []
    lit = []
    i = 0
    n = len(template)
    escapes = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}
    while i < n:
        c = template[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = template[i]
        if c == "g":
            close = template.find(">", i)
            if i + 1 >= n or template[i + 1] != "<" or close < 0:
                raise error("missing <", template, i + 1)
            name = template[i + 2:close]
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, template, i + 2)
            elif name in pattern.groupindex:
                g = pattern.groupindex[name]
            elif name == "":
                raise error("missing group name", template, i + 2)
            elif not name.isidentifier():
                raise error("bad character in group name %r" % name, template, i + 2)
            else:
                raise IndexError("unknown group name %r" % name)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
            i = close + 1
        elif c.isdigit():
            j = i + 1
            if c == "0" or (j < n and template[j].isdigit() and j + 1 < n and template[j + 1].isdigit()
                            and c in "01234567" and template[j] in "01234567" and template[j + 1] in "01234567"):
                # octal escape
                k = i
                while k < n and k < i + 3 and template[k] in "01234567":
                    k += 1
                lit.append(chr(int(template[i:k], 8)))
                i = k
                continue
            if j < n and template[j].isdigit():
                j += 1
            g = int(template[i:j])
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, template, i)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
            i = j
        elif c in escapes:
            lit.append(escapes[c])
            i += 1
        elif c.isalpha():
            raise error("bad escape \\%s" % c, template, i - 1)
        else:
            lit.append("\\" + c)
            i += 1
    parts.append("".join(lit))

    def apply(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                v = m.group(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        return "".join(out)
    return apply


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise TypeError("bytes patterns are not supported")
        r = _re.compile(pattern, int(flags))
        if len(r) == 2:
            raise error(r[0], pattern, r[1])
        self._h, fl, self.groups, self.groupindex = r
        self.pattern = pattern
        self.flags = fl

    def _exec(self, string, pos, endpos, mode, avoid=None):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
        spans = _re.exec(self._h, string, pos, endpos, mode, avoid)
        if spans is None:
            return None
        return Match(self, string, pos, len(string) if endpos is None else endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        n = len(string) if endpos is None else min(endpos, len(string))
        avoid = None
        while pos <= n:
            m = self._exec(string, pos, endpos, 1, avoid)
            if m is None:
                return
            yield m
            s, e = m.span()
            pos = e
            avoid = e if s == e else None
            # a non-empty match may be followed by an empty one at its end (3.7+ rules)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(tuple(g or "" for g in m.groups()))
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        elif "\\" in repl:
            fn = _expand(self, repl)
        else:
            fn = None
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.append(repl if fn is None else fn(m))
            last = e
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner")

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        fl = self.flags & ~32
        text = repr(self.pattern)
        if fl:
            return "re.compile(%s, %r)" % (text, RegexFlag(fl))
        return "re.compile(%s)" % text


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        if len(_cache) >= 512:
            _cache.clear()
        p = _cache[key] = Pattern(pattern, flags)
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_special = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _special else c for c in pattern)
    raise TypeError("bytes patterns are not supported")


def template(pattern, flags=0):
    raise NotImplementedError("re.template")
