total = 1 + \
    2 + \
    3
print(total)
items = [
    1, 2,
    3,  # comment inside brackets
]
print(items, len(items))
if total > 5 and \
   len(items) == 3:
    print("both")
value = {"a": 1,
         "b": 2}
print(value)
