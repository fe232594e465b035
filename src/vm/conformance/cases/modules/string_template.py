from string import Template
import string
t = Template("$who likes $what, ${who}s too; cost: $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("missing", e)
print(Template("$a $b").substitute({"a": 1}, b=2))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5], string.capwords("hello  big world"))
