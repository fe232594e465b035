def parse(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {items}"
        case ["drop", *_]:
            return "dropping"
        case [single]:
            return f"single word {single}"
        case [first, *rest]:
            return f"{first} with {len(rest)} args"
for c in ["", "go north", "pick up sword shield", "pick up", "drop all of it", "look", "cast a b"]:
    print(repr(c), "->", parse(c))
