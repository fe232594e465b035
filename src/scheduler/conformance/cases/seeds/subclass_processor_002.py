import threading
import time

class FileProcessor(threading.Thread):
    def __init__(self, filename):
        super().__init__()
        self.filename = filename
        self.result = None

    def run(self):
        time.sleep(0.1)
        self.result = f"Processed {self.filename}: {len(self.filename)} chars"

processors = [FileProcessor(f) for f in ["data.csv", "log.txt", "config.json"]]
for p in processors: p.start()
for p in processors: p.join()
for p in processors:
    print(p.result)
