import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable))
print(string.capwords("hello   wide world"))
t = string.Template("$who likes $what, ${who}'s favourite")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
