import traceback
def inner():
    return {"a": 1}["b"]
def outer():
    return inner()
try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print("captured traceback:")
    print(text, end="")
print("program continues")
