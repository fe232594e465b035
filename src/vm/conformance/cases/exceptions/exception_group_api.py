eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(eg, len(eg.exceptions), eg.message)
v, rest = eg.split(ValueError)
print(repr(v))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(KeyError))
print(repr(eg.derive([KeyError("k")])))
b = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for bad in [("m", []), ("m", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
