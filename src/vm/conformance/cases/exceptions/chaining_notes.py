class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError(404, "not found") from e
except AppError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, e.code)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__)
e = ValueError("x")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, e.args, str(AppError(1, "m")))
def f():
    raise AppError(500, "server")
f()
