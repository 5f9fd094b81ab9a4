text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts, key=lambda k: (-counts[k], k)):
    print(w, counts[w])
