import threading

ping = threading.Event()
pong = threading.Event()
log = []

def player_a():
    for i in range(3):
        log.append(f"ping {i}")
        pong.clear()
        ping.set()
        pong.wait()

def player_b():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append(f"pong {i}")
        pong.set()

b = threading.Thread(target=player_b)
a = threading.Thread(target=player_a)
b.start(); a.start()
a.join(); b.join()
print("\n".join(log))
