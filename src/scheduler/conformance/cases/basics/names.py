import threading

def work():
    pass

def other():
    pass

t1 = threading.Thread(target=work)
t2 = threading.Thread(target=other)
t3 = threading.Thread(target=lambda: None)
t4 = threading.Thread(target=work, name="custom")
t5 = threading.Thread()
print(t1.name, t2.name, t3.name, t4.name, t5.name, sep=" | ")
print(threading.current_thread().name)
print(threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
for t in (t1, t2, t3, t4, t5):
    t.start()
    t.join()
