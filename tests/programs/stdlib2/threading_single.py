# threading and _thread without starting threads: locks, rlocks, conditions, events,
# semaphores, queues, thread objects, thread-local data and the main thread.
import queue
import threading
import _thread

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(threading.get_ident() == main.ident, isinstance(threading.get_ident(), int))
print(threading.active_count(), [t.name for t in threading.enumerate()])

t = threading.Thread(target=print, args=(1,), name="worker")
print(t.name, t.daemon, t.ident, t.is_alive(), repr(t).startswith("<Thread(worker, initial"))
t.daemon = True
print(t.daemon, threading.Thread(name="x", daemon=True).daemon)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError", e)

lock = threading.Lock()
with lock:
    print("locked", lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
print("unlocked", lock.locked(), lock.acquire(), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
for kwargs in [{"blocking": False, "timeout": 1}, {"timeout": -5}]:
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print("ValueError", e)

r = threading.RLock()
with r:
    with r:
        print("rlock nested", r._is_owned(), r.acquire(blocking=False))
        r.release()
print("rlock released", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

cond = threading.Condition()
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: True), cond.wait_for(lambda: 0, timeout=0.01))
    cond.notify()
    cond.notify_all()
for method in (cond.notify, cond.wait):
    try:
        method()
    except RuntimeError as e:
        print("RuntimeError", e)
rcond = threading.Condition(threading.RLock())
with rcond:
    with rcond:
        print("rcond", rcond.wait(0.01))

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)

q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i * i)
print(q.full(), q.qsize())
try:
    q.put(99, timeout=0.01)
except queue.Full:
    print("queue.Full")
items = []
while not q.empty():
    items.append(q.get())
    q.task_done()
q.join()
print(items, q.qsize())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty")
try:
    q.get_nowait()
except queue.Empty:
    print("queue.Empty nowait")
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [3, 1, 2]:
    lq.put(v)
    pq.put(v)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("a")
print(sq.get(), sq.empty())

data = threading.local()
data.x = 1
print("local", data.x, hasattr(data, "y"))

print(threading.TIMEOUT_MAX > 0, threading.stack_size(), threading.ThreadError is RuntimeError)
print(_thread.allocate_lock().locked(), type(_thread.RLock()).__name__)
print(threading.excepthook is threading.__excepthook__, callable(threading.ExceptHookArgs))
for bad in [(1, ()), (print, [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)
