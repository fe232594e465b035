import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True, "dims": {"w": 1, "h": 2.5}}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(text)
print(back == data, type(back["dims"]).__name__)
print(json.dumps([1, "é", (2, 3)]), json.dumps("é", ensure_ascii=False), json.dumps({"k": float("inf")}))
print(json.dumps({1: "int key", "x": [True, False]}, separators=(",", ":")))
print(json.loads('[1, 2.0, "three", null, true, {"a": -1e3}]'))
