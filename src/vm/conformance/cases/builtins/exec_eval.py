print(eval("1 + 2 * 3"))
ns = {"x": 5}
print(eval("x * 2", ns))
exec("y = x + 1\nz = y * 2", ns)
print(ns["y"], ns["z"])
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
