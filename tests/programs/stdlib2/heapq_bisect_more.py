# heapq and bisect (the Rust _heapq/_bisect), including errors.
import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print(heapq.heapreplace(h, 7), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 4), h)
data = [9, 4, 7, 1, 8, 2, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
m = [3, 1, 4, 1, 5]
heapq.heapify_max(m)
print(m, heapq.heappop_max(m), heapq.heappushpop_max(m, 10), heapq.heapreplace_max(m, 0), m)
heapq.heappush_max(m, 6)
print(m)
print(heapq.nlargest(3, [5, 1, 9, 3]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge([3, 1], [2], key=lambda x: -x)))
pairs = []
for p in [(2, "b"), (1, "z"), (2, "a")]:
    heapq.heappush(pairs, p)
print([heapq.heappop(pairs) for _ in range(3)])
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(None), lambda: heapq.heappush([1], "x"), lambda: heapq.heappop()):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2, 4))
print(bisect.bisect_right(a, 2, lo=0, hi=2), bisect.bisect_left(a, 9), bisect.bisect_left([], 1))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
print(recs)
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_left("aceg", "d"))
for bad in (lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(3, 1), lambda: bisect.bisect([1, "a"], 0.5),
            lambda: bisect.bisect(a)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
