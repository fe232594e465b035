e = ValueError("bad", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")))
print(str(Exception("one")), repr(Exception("one")), repr(Exception()))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
err = AppError(404, "not found")
print(err.args, err.code, str(err), repr(err))
class Detailed(Exception):
    def __str__(self):
        return f"detailed: {self.args[0]}"
try:
    raise Detailed("x")
except Detailed as d:
    print(d, d.args)
