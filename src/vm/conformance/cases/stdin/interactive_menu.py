menu = {"1": "coffee", "2": "tea", "3": "juice"}
prices = {"coffee": 2.5, "tea": 1.75, "juice": 3.0}
order = []
while True:
    choice = input("choose 1-3 or q: ").strip()
    if choice == "q":
        break
    if choice not in menu:
        print(f"invalid choice {choice!r}")
        continue
    qty = int(input("how many? "))
    order.append((menu[choice], qty))
print()
for item, qty in order:
    print(f"{qty} x {item:<6} = {qty * prices[item]:.2f}")
print(f"total: {sum(q * prices[i] for i, q in order):.2f}")
