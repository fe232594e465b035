"""Record CPython 3.12's `dis` listing for every fixture: run with
/root/.pyenv/versions/3.12.1/bin/python3 src/vm/compiler/dis-fixtures/regen.py"""
import dis
import pathlib
import re
import sys

assert sys.version_info[:2] == (3, 12), "record with CPython 3.12"
here = pathlib.Path(__file__).parent
for py in sorted(here.glob("*.py")):
    if py.name == "regen.py":
        continue
    source = py.read_text()
    code = compile(source, f"/fixtures/{py.name}", "exec")
    import io
    out = io.StringIO()
    dis.dis(code, file=out)
    text = re.sub(r"0x[0-9a-f]+", "0x7f0000000000", out.getvalue())
    (here / (py.stem + ".dis.txt")).write_text(text)
    print("wrote", py.stem + ".dis.txt")
