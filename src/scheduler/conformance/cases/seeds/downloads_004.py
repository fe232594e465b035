import threading
import time

def download(file_name, duration):
    print(f"Starting download: {file_name}")
    time.sleep(duration)  # simulate network delay
    print(f"Finished: {file_name}")

t1 = threading.Thread(target=download, args=("video.mp4", 3))
t2 = threading.Thread(target=download, args=("music.mp3", 2))
t3 = threading.Thread(target=download, args=("photo.jpg", 1))
# (conformance variant: a short pause after each start makes the start messages' order certain)
t1.start(); time.sleep(0.05)
t2.start(); time.sleep(0.05)
t3.start()
t1.join()
t2.join()
t3.join()
print("All downloads complete!")
