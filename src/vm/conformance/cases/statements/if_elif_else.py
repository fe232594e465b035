def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2:
        return "odd"
    else:
        return "even"
for n in (-3, 0, 7, 10):
    print(n, classify(n))
if []:
    print("empty list is truthy?")
elif {}:
    print("no")
else:
    print("empty containers are falsy")
