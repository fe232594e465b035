x = 10
def broken():
    print(x)
    x = 5
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def fine():
    global x
    print(x)
    x = 5
fine()
print(x)
def cond(flag):
    if flag:
        y = 1
    return y
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print(e)
