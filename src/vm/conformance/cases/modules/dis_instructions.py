import dis
def f(a, b=2):
    c = a * b
    return c + 1
names = [i.opname for i in dis.get_instructions(f)]
print(names[0], "BINARY_OP" in names, names[-1])
loads = [i.argval for i in dis.get_instructions(f) if i.opname == "LOAD_FAST"]
print(loads)
dis.dis(f)
