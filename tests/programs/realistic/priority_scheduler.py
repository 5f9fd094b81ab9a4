import heapq
import itertools

class Task:
    def __init__(self, name, priority, duration, deps=()):
        self.name = name
        self.priority = priority
        self.duration = duration
        self.deps = set(deps)
        self.remaining = duration
    def __repr__(self):
        return f"Task({self.name}, p={self.priority}, left={self.remaining})"

class Scheduler:
    def __init__(self, quantum=2):
        self.quantum = quantum
        self.heap = []
        self.counter = itertools.count()
        self.done = []
        self.waiting = []
        self.clock = 0
        self.timeline = []
    def submit(self, task):
        if task.deps - {t.name for t in self.done}:
            self.waiting.append(task)
        else:
            heapq.heappush(self.heap, (task.priority, next(self.counter), task))
    def _release(self):
        finished = {t.name for t in self.done}
        still = []
        for t in self.waiting:
            if t.deps <= finished:
                heapq.heappush(self.heap, (t.priority, next(self.counter), t))
            else:
                still.append(t)
        self.waiting = still
    def run(self):
        while self.heap:
            prio, _, task = heapq.heappop(self.heap)
            slice_ = min(self.quantum, task.remaining)
            self.timeline.append((self.clock, task.name, slice_))
            self.clock += slice_
            task.remaining -= slice_
            if task.remaining:
                heapq.heappush(self.heap, (prio + 1, next(self.counter), task))
            else:
                self.done.append(task)
                self._release()
        if self.waiting:
            raise RuntimeError(f"deadlock: {sorted(t.name for t in self.waiting)} never became ready")

s = Scheduler()
for t in [Task("build", 1, 5), Task("test", 2, 3, ["build"]), Task("docs", 3, 2),
          Task("deploy", 0, 1, ["test", "docs"]), Task("lint", 1, 1)]:
    s.submit(t)
s.run()
for entry in s.timeline:
    print("t=%2d run %-6s for %d" % entry)
print("order:", [t.name for t in s.done], "clock:", s.clock)
s2 = Scheduler(quantum=10)
s2.submit(Task("a", 1, 1, ["missing"]))
s2.submit(Task("b", 1, 2))
try:
    s2.run()
except RuntimeError as e:
    print("RuntimeError:", e)
print([t.name for t in s2.done])
