import heapq


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.counter = 0
        self.log = []

    def at(self, time, name, action=None):
        heapq.heappush(self.queue, (time, self.counter, name, action))
        self.counter += 1

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            time, _, name, action = heapq.heappop(self.queue)
            self.now = time
            self.log.append(f"t={time:>3} {name}")
            if action:
                action(self)
        return len(self.queue)


def heartbeat(s):
    s.at(s.now + 25, "heartbeat", heartbeat)


def spawn_jobs(s):
    for i in range(3):
        s.at(s.now + 10 * (i + 1), f"job-{i}")


s = Scheduler()
s.at(0, "boot", spawn_jobs)
s.at(5, "heartbeat", heartbeat)
s.at(40, "report")
s.at(40, "cleanup")
left = s.run(until=100)
print("\n".join(s.log))
print("pending:", left, "clock:", s.now)
