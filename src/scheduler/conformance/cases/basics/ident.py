import threading

idents = {}
together = threading.Barrier(3)

def worker(i):
    idents[i] = threading.get_ident()
    together.wait()  # alive at the same time, so their idents differ

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
print([t.ident for t in ts])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(idents[i] == ts[i].ident for i in range(3)))
print(len(set(idents.values())))
print(isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))
print(threading.main_thread().ident == threading.get_ident())
