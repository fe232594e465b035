class EmptyCartError(Exception):
    pass
def checkout(cart):
    if not cart:
        raise EmptyCartError
    return sum(cart)
print(checkout([5, 6]))
checkout([])
