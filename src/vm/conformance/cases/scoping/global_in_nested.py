count = 0
def outer():
    def inner():
        global count
        count += 1
    inner(); inner()
    return count
print(outer(), count)
def defines_global():
    global later
    later = [1]
defines_global()
later.append(2)
print(later)
print("count" in globals(), globals()["count"])
