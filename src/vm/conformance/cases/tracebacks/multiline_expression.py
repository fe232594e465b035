def price(qty, unit):
    return qty * unit
order = {"qty": 3}
total = (
    price(order["qty"], 2.5)
    + price(order["qty"], order["unit"])
)
