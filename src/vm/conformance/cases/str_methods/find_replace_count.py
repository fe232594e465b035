s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 5), s.rfind("at"), s.find("dog"), s.index("sat"))
print(s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.replace("at", "og"), s.replace("the", "a", 1), "aaa".replace("", "-"))
print(s.startswith("the"), s.endswith(("mat", "hat")), s.startswith("cat", 4))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("abcabc".rindex("b"), "hello"[1:].find("l"))
