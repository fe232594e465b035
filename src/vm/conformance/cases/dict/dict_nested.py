inventory = {
    "fruits": {"apple": 5, "pear": 2},
    "veg": {"kale": 1},
}
inventory["fruits"]["apple"] -= 1
inventory.setdefault("dairy", {})["milk"] = 3
for category, items in inventory.items():
    total = sum(items.values())
    print(f"{category}: {items} total={total}")
flat = {f"{c}.{k}": v for c, items in inventory.items() for k, v in items.items()}
print(flat)
