d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {0: "zero", False: "false", 0.0: "zerof"}
print(d2)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1.0: 1})
print({(1, 2): "t", "s": 1, None: 0, 3.5: "f"})
