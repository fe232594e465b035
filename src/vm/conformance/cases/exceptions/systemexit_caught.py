import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print("bare code:", e.code)
try:
    exit_code = 2
    raise SystemExit(exit_code)
finally:
    print("finally before exit")
