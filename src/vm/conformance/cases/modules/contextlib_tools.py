from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, nullcontext
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("span"):
        print("content", t)
with suppress(KeyError, IndexError):
    {}["missing"]
    print("not reached")
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
print("buffer had:", repr(buf.getvalue()))
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    print(names)
with nullcontext(5) as v:
    print(v)
