import re
text = "The rain in Spain stays mainly in the plain"
print(re.findall(r"ai", text))
print(re.findall(r"\b\w*ain\b", text))
print(re.findall(r"(\w)(ai)", text))
print([m.span() for m in re.finditer(r"ain", text)])
print(re.findall(r"\d+(?:\.\d+)?", "pi=3.14, e=2.718, n=42"))
print(re.findall(r"[A-Z][a-z]+", "Alice Bob and carol Dave"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"^\w+", "one two\nthree four", re.M))
