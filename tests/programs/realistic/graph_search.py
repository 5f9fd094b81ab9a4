from collections import deque
import heapq

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]

def build(edges, directed=False):
    g = {}
    for a, b, w in edges:
        g.setdefault(a, []).append((b, w))
        g.setdefault(b, [])
        if not directed:
            g[b].append((a, w))
    for k in g:
        g[k].sort()
    return g

def bfs(g, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for nb, _ in g[n]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order

def dfs(g, start, seen=None):
    seen = seen if seen is not None else []
    seen.append(start)
    for nb, _ in g[start]:
        if nb not in seen:
            dfs(g, nb, seen)
    return seen

def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist.get(n, float("inf")):
            continue
        for nb, w in g[n]:
            nd = d + w
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = n
                heapq.heappush(pq, (nd, nb))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

def components(g):
    seen, comps = set(), []
    for n in sorted(g):
        if n not in seen:
            c = bfs(g, n)
            seen.update(c)
            comps.append(sorted(c))
    return comps

def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for nb, _ in g[n]:
            indeg[nb] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for nb, _ in g[n]:
            indeg[nb] -= 1
            if indeg[nb] == 0:
                ready.append(nb)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle")
    return out

g = build(EDGES)
print("bfs", bfs(g, "A"))
print("dfs", dfs(g, "A"))
dist, prev = dijkstra(g, "A")
print("dist", dict(sorted(dist.items())))
print("path to F", path(prev, "F"))
print("components", components(g))
dg = build(EDGES, directed=True)
print("topo", topo(dg))
dg["F"].append(("A", 1))
try:
    topo(dg)
except ValueError as e:
    print("ValueError:", e)
