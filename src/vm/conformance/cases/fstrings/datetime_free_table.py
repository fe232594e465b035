header = ("Item", "Qty", "Price")
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Doohickey", 1, 99.999)]
print(f"{header[0]:<12}{header[1]:>5}{header[2]:>10}")
print("-" * 27)
total = 0
for item, qty, price in rows:
    line = qty * price
    total += line
    print(f"{item:<12}{qty:>5}{price:>10.2f}")
print("-" * 27)
print(f"{'Total':<12}{'':>5}{total:>10.2f}")
print(f"{total:=^27.1f}")
