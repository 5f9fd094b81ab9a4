import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

STOP = {"it", "was", "the", "of"}

def words(text):
    return re.findall(r"[a-z']+", text.lower())

def stats(text):
    ws = words(text)
    counts = Counter(w for w in ws if w not in STOP)
    lines = text.splitlines()
    return {
        "lines": len(lines),
        "words": len(ws),
        "unique": len(set(ws)),
        "longest": max(ws, key=lambda w: (len(w), w)),
        "avg_len": round(sum(map(len, ws)) / len(ws), 3),
        "top": sorted(counts.most_common(), key=lambda kv: (-kv[1], kv[0]))[:5],
    }

s = stats(TEXT)
for k, v in s.items():
    print(f"{k:>8}: {v}")
by_len = {}
for w in sorted(set(words(TEXT))):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, " ".join(by_len[n]))
bigrams = Counter(zip(words(TEXT), words(TEXT)[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
hist = Counter(len(w) for w in words(TEXT))
for n in sorted(hist):
    print(f"{n:2d} {'#' * hist[n]}")
caps = [w for w in re.findall(r"\b[A-Z][a-z]+\b", TEXT)]
print(caps, TEXT.count("times"), TEXT.title().split()[:4])
