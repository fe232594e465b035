import threading

out = []
lock = threading.Lock()

def say(word, suffix=""):
    with lock:
        out.append(word + suffix)

ts = [threading.Timer(0.3, say, args=["third"]),
      threading.Timer(0.1, say, args=["first"], kwargs={"suffix": "!"}),
      threading.Timer(0.2, say, ["second"])]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
