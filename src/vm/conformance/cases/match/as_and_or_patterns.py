def kind(x):
    match x:
        case (1 | 2) as small:
            return f"small {small}"
        case [int() | float() as num, *_] as whole:
            return f"starts with number {num} in {whole}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case {"id": int(i)} | {"ident": int(i)}:
            return f"id {i}"
        case _:
            return "other"
for v in [1, 2, [3.5, "x"], "hi", "hello", {"ident": 7}, {"id": "x"}, ()]:
    print(kind(v))
