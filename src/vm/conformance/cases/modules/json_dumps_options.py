import json
data = {"b": [1, 2, {"z": None, "a": True}], "a": "text", "c": 1.5}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=4))
print(json.dumps({"k": "v"}, separators=(",", ":")), json.dumps("é✓"), json.dumps("é", ensure_ascii=False))
print(json.loads('{"x": [1, 2.5, "s", null, true]}'), json.loads("[]"))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg)
