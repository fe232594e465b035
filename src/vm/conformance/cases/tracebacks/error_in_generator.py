def parse_lines(lines):
    for n, line in enumerate(lines, 1):
        name, value = line.split("=")
        yield name.strip(), int(value)
settings = dict(parse_lines(["a = 1", "b = 2", "c: 3"]))
print(settings)
