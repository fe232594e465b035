import traceback
import sys
def parse(x):
    return int(x)
for value in ["1", "two"]:
    try:
        print(parse(value))
    except ValueError:
        traceback.print_exc()
        print("recovered", file=sys.stderr)
try:
    raise RuntimeError("explicit")
except RuntimeError as e:
    print(traceback.format_exception_only(type(e), e))
