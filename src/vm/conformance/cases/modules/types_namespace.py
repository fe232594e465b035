import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
def f():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), type(None) is types.NoneType, isinstance(lambda: 0, types.LambdaType))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), "k" in mp, list(mp.items()))
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__)
