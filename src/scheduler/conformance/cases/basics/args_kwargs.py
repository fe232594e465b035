import threading

out = {}

def greet(name, greeting="Hello", punctuation="!"):
    out[name] = f"{greeting}, {name}{punctuation}"

ts = [
    threading.Thread(target=greet, args=("Ann",)),
    threading.Thread(target=greet, args=("Bob",), kwargs={"greeting": "Hi"}),
    threading.Thread(target=greet, kwargs={"name": "Cy", "punctuation": "?"}),
]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(out):
    print(out[k])
