def parse(s):
    try:
        return int(s)
    except ValueError:
        print("logging failure for", repr(s))
        raise
try:
    parse("x1")
except ValueError as e:
    print("caller got:", e)
try:
    try:
        {}["a"]
    except KeyError as ke:
        raise TypeError("during handling")
except TypeError as te:
    print(type(te.__context__).__name__, te.__context__, te.__cause__)
e = None
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    e
except NameError as ne:
    print("NameError:", ne)
