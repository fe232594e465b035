from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import time

def sleeper(s):
    time.sleep(s)
    return s

def failer(s):
    time.sleep(s)
    raise RuntimeError("fail")

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(sleeper, s) for s in (0.3, 0.05, 0.2)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    fs2 = [ex.submit(sleeper, 0.3), ex.submit(failer, 0.05)]
    done, not_done = wait(fs2, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    done, not_done = wait([ex.submit(sleeper, 0.5)], timeout=0.05)
    print(len(done), len(not_done))
