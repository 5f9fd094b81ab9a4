words = "The quick brown fox".lower().split()
print(words, "-".join(w.upper() for w in words) if False else "-".join([w.upper() for w in words]))
