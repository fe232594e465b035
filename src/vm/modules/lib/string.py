"""Common string constants and the Template class."""

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(x.capitalize() for x in s.split(sep))


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        d = self.delimiter
        while i < n:
            c = s[i]
            if c != d:
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == d:
                out.append(d)
                i += 2
                continue
            if i + 1 < n and s[i + 1] == "{":
                j = s.find("}", i + 2)
                name = s[i + 2:j] if j >= 0 else None
                if name is None or not name.isidentifier():
                    if safe:
                        out.append(c)
                        i += 1
                        continue
                    raise ValueError(f"Invalid placeholder in string: line 1, col {i + 1}")
                end = j + 1
            else:
                j = i + 1
                while j < n and (s[j] == "_" or s[j].isalnum()) and s[j].isascii():
                    j += 1
                name = s[i + 1:j]
                if not name or name[0].isdigit():
                    if safe:
                        out.append(c)
                        i += 1
                        continue
                    raise ValueError(f"Invalid placeholder in string: line 1, col {i + 1}")
                end = j
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._sub(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._sub(m, True)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)
