def parse(item):
    try:
        return int(item)
    except (ValueError, TypeError) as e:
        return f"bad {type(e).__name__}"
print([parse(x) for x in ["1", "x", None, 3.9, "  42 "]])
try:
    {}["k"]
except LookupError as e:
    print("caught via base class:", type(e).__name__, e)
try:
    raise ValueError("inner")
except Exception:
    print("generic handler")
