# An object-oriented operating-system scheduler simulation: tasks of four kinds (idle,
# worker, two device handlers, two network handlers) pass packets through a priority
# scheduler. Measures: method calls through a class hierarchy, attribute reads/writes on
# instances, linked lists of small objects, `isinstance`-free polymorphic dispatch.

IDLE, WORKER, DEV_A, DEV_B, NET_A, NET_B = range(6)
N_TASKS = 6
KIND_DEVICE, KIND_WORK = 0, 1
BUF_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.suspended = queue is None
        self.next = system.head
        system.head = self
        system.table[ident] = self

    def runnable(self):
        return not self.held and (not self.suspended or self.queue is not None)

    def take_packet(self):
        pkt = self.queue
        if pkt is None:
            return None
        self.queue = pkt.link
        return pkt

    def receive(self, pkt):
        """A packet arrives; returns the task the scheduler should look at next."""
        if self.queue is None:
            self.queue = pkt
            pkt.link = None
            self.suspended = False
            if self.priority > self.system.current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return self.system.current

    def step(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, count):
        Task.__init__(self, system, ident, priority, None)
        self.suspended = False
        self.seed = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.system.release(DEV_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.system.release(DEV_B)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.dest = NET_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.system.wait()
        self.dest = NET_B if self.dest == NET_A else NET_A
        pkt.owner = self.dest
        pkt.count = 0
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.system.send(pkt, self.dest)


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.system.wait()
            out = self.pending
            self.pending = None
            return self.system.send(out, out.owner)
        self.pending = pkt
        self.system.io_count += 1
        return self.system.hold_self()


class NetTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work_in = None
        self.dev_in = None
        self.digits = 0

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.dev_in = pkt.append_to(self.dev_in)
        work = self.work_in
        if work is None:
            return self.system.wait()
        if work.count < BUF_SIZE:
            dev = self.dev_in
            if dev is None:
                return self.system.wait()
            self.dev_in = dev.link
            dev.data[0] = work.data[work.count]
            self.digits += dev.data[0]
            work.count += 1
            return self.system.send(dev, DEV_A if self.ident == NET_A else DEV_B)
        self.work_in = work.link
        return self.system.send(work, WORKER)


class System:
    def __init__(self):
        self.head = None
        self.table = [None] * N_TASKS
        self.current = None
        self.io_count = 0
        self.switches = 0

    def hold_self(self):
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.suspended = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, pkt, ident):
        target = self.table[ident]
        pkt.link = None
        pkt.owner = self.current.ident
        return target.receive(pkt)

    def run(self):
        task = self.head
        while task is not None:
            if task.runnable():
                self.current = task
                pkt = task.take_packet()
                self.switches += 1
                task = task.step(pkt)
            else:
                task = task.next


def build(count):
    s = System()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    for net, prio in ((NET_A, 2000), (NET_B, 3000)):
        q = Packet(None, DEV_A, KIND_DEVICE)
        q = Packet(q, DEV_A, KIND_DEVICE)
        q = Packet(q, DEV_A, KIND_DEVICE)
        NetTask(s, net, prio, q)
    DeviceTask(s, DEV_A, 4000)
    DeviceTask(s, DEV_B, 5000)
    return s


def main():
    total_io = total_switch = total_digits = 0
    for rnd in range(36):
        s = build(6000 + rnd * 200)
        s.run()
        total_io += s.io_count
        total_switch += s.switches
        total_digits += s.table[NET_A].digits + s.table[NET_B].digits
    print("io", total_io, "switches", total_switch, "digits", total_digits)


main()
