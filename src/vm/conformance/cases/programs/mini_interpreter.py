class Interpreter:
    def __init__(self):
        self.vars = {}
        self.output = []

    def value(self, token):
        if token.lstrip("-").isdigit():
            return int(token)
        if token in self.vars:
            return self.vars[token]
        raise NameError(f"undefined variable {token}")

    def run(self, program):
        lines = [l.split() for l in program.strip().splitlines()]
        labels = {parts[1]: i for i, parts in enumerate(lines) if parts[0] == "label"}
        pc, steps = 0, 0
        while pc < len(lines):
            steps += 1
            op, *args = lines[pc]
            pc += 1
            if op == "set":
                self.vars[args[0]] = self.value(args[1])
            elif op in ("add", "sub", "mul", "mod"):
                a, b = self.value(args[1]), self.value(args[2])
                self.vars[args[0]] = {"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b if b else 0}[op]
            elif op == "jnz":
                if self.value(args[0]) != 0:
                    pc = labels[args[1]]
            elif op == "print":
                self.output.append(" ".join(str(self.value(a)) for a in args))
            elif op != "label":
                raise SyntaxError(f"line {pc}: unknown op {op}")
        return steps


FACTORIAL = """
set n 10
set acc 1
label loop
mul acc acc n
sub n n 1
jnz n loop
print acc
"""
GCD = """
set a 1071
set b 462
label top
mod t a b
set a b
set b t
jnz b top
print a
"""
for name, prog in [("factorial", FACTORIAL), ("gcd", GCD), ("broken", "set x 1\nprint y"), ("bad", "jump x")]:
    interp = Interpreter()
    try:
        steps = interp.run(prog)
        print(name, interp.output, "steps:", steps)
    except (NameError, SyntaxError) as e:
        print(name, "error:", type(e).__name__, e)
