import threading

def delayed_greeting(name):
    print(f"Hello, {name}!")

timer = threading.Timer(0.5, delayed_greeting, args=["Alice"])
timer.start()
print("Timer started")
timer.join()
cancelled = threading.Timer(0.5, delayed_greeting, args=["Bob"])
cancelled.start()
cancelled.cancel()
print("Bob's greeting cancelled")
