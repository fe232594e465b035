def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2))
def add_item_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item_safe(1), add_item_safe(2))
a = [1, 2]
b = a
b.append(3)
print(a, a is b)
c = a[:]
c.append(4)
print(a, c)
