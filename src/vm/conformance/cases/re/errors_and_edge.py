import re
for pat in ["(abc", "a)", "*a", "[a-", "a{2,1}"]:
    try:
        re.compile(pat)
    except re.error as e:
        print("error", type(e).__name__, isinstance(e, Exception))
print(re.match(r"(?:ab)+", "ababx").group(), re.match(r"a+?", "aaa").group())
print(re.search(r"(?<=\$)\d+", "cost: $42").group(), re.search(r"\d+(?!px)", "12px 34em").group())
print(re.match(r"(\w)\1", "aab").group(), re.match(r"(?P<c>\w)(?P=c)", "bbq").group())
print(re.sub(r"\bcat\b", "dog", "cat concat cat."), bool(re.match("", "")))
print(re.search(r"\Aab\Z", "ab"), re.search(r"ab$", "ab\n"), re.search(r"ab\Z", "ab\n"))
print(re.findall(r"[^aeiou\s]+", "hello world"), re.findall(r"[\d-]+", "tel 555-12 x"))
