import json
for text in ['{"a": 1,}', "[1, 2", "nope", '{"a" 1}', ""]:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.colno, "|", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
