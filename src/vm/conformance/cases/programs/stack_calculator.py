def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(float(num) if "." in num else int(num))
            num = ""
        if ch in "+-*/()":
            tokens.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f"unexpected character {ch!r}")
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens


PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]


def evaluate(rpn):
    stack = []
    for t in rpn:
        if not isinstance(t, str):
            stack.append(t)
            continue
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if t == "/" else 0}[t] if t != "/" else a / b)
    return stack[0]


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "2 * (3 + 4) * (5 - 1)", "7 / 0", "3 $ 4"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(f"{expr} => {' '.join(map(str, rpn))} => {evaluate(rpn)}")
    except ZeroDivisionError as e:
        print(f"{expr} => error: {e}")
    except SyntaxError as e:
        print(f"{expr} => syntax error: {e}")
