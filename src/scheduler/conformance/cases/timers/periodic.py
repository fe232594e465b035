import threading

count = 0
done = threading.Event()

def tick():
    global count
    count += 1
    if count < 4:
        threading.Timer(0.05, tick).start()
    else:
        done.set()

threading.Timer(0.05, tick).start()
done.wait()
print("ticks:", count)
