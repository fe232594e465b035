import dis
def add(a, b):
    return a + b
print(callable(dis.dis), add.__code__.co_name, add.__code__.co_varnames)
ops = [i.opname for i in dis.get_instructions(add)]
print("BINARY_OP" in ops, "RETURN_VALUE" in ops)
