def run():
    errors = []
    for i, v in enumerate(["1", "x", "3", None]):
        try:
            int(v)
        except (ValueError, TypeError) as err:
            errors.append(err)
    if errors:
        raise ExceptionGroup("conversion failures", errors)
try:
    run()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", len(eg.exceptions))
eg = ExceptionGroup("g", [KeyError("a"), ValueError("b")])
print(eg, repr(eg.exceptions), eg.message)
match, rest = eg.split(KeyError)
print(match.exceptions, rest.exceptions)
