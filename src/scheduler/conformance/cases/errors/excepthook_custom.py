import threading

caught = []

def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

threading.excepthook = hook

def bad():
    raise KeyError("k")

t = threading.Thread(target=bad, name="bad-thread")
t.start()
t.join()
print(caught)
