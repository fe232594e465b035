import threading

def f():
    pass

names = []
for i in range(3):
    t = threading.Thread(target=f)
    names.append(t.name)
    t.start()
    t.join()
t = threading.Thread(target=f, name="x")
names.append(t.name)
t = threading.Thread(target=f)
names.append(t.name)
print(names)
