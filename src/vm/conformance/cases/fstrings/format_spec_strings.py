s = "python"
print(f"[{s:10}] [{s:>10}] [{s:^10}] [{s:*^11}] [{s:.3}] [{s:>8.2}]")
print(f"[{s!r:>12}] [{True:>6}] [{None!s:^8}]")
print(f"[{'':-<10}]")
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("banana", 7, 1.125)]
for name, qty, price in rows:
    print(f"{name:<8}|{qty:>4}|{price:>7.3f}|{qty * price:8.2f}")
