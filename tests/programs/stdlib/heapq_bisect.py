import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], sorted(h))
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, [1, 8, 3, 9, 2]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge("ace", "bd", reverse=False)))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
a = [1, 2, 4, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 5); bisect.insort_left(a, 4)
print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 65, 77, 89, 90, 100)])
recs = [("a", 1), ("c", 5), ("e", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("d", 7), key=lambda r: r[1])
print(recs)
mh = [3, 1, 2]
heapq.heapify_max(mh) if hasattr(heapq, "heapify_max") else mh.sort(reverse=True)
print(mh[0])
