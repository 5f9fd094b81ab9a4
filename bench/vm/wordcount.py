# Word counting: a text of ~300k words is generated from a vocabulary by an LCG (with
# punctuation and mixed case), then split, normalised and counted in dicts; also bigram
# counts, letter frequencies, the longest words and a formatted report. Measures: str
# split/lower/strip/join/replace, dict get/setdefault/items, sorting with key functions,
# f-string formatting.

SYLLABLES = ["ka", "ri", "to", "ne", "mu", "sa", "lo", "vi", "de", "pa", "qu", "ze", "bo",
             "fi", "ga", "hu", "ja", "wo", "xe", "yu"]


def vocabulary(n, seed):
    words = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        parts = 1 + (s >> 16) % 4
        w = ""
        for _ in range(parts):
            s = (s * 1103515245 + 12345) & 0x7FFFFFFF
            w += SYLLABLES[(s >> 8) % len(SYLLABLES)]
        words.append(w)
    return words


def make_text(words, count, seed):
    s = seed
    out = []
    n = len(words)
    for i in range(count):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        # a Zipf-like pick: small indices are much more common
        t = s >> 8
        r = t % 1000
        idx = (r * r * r // 1000000) * n // 1000 + (t >> 12) % 3
        w = words[idx % n]
        if t % 11 == 0:
            w = w.capitalize()
        elif t % 37 == 0:
            w = w.upper()
        if t % 9 == 0:
            w += ","
        elif t % 17 == 0:
            w += "."
        out.append(w)
        if i % 12 == 11:
            out.append("\n")
    return " ".join(out)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(".,;:!?").lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(text):
    words = [w.strip(".,").lower() for w in text.split()]
    pairs = {}
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def letters(counts):
    freq = {}
    for w, c in counts.items():
        for ch in w:
            freq[ch] = freq.get(ch, 0) + c
    return freq


def main():
    words = vocabulary(3000, 99)
    counts = {}
    pairs = {}
    for seed in (12345, 777, 4242, 99):
        text = make_text(words, 150000, seed)
        for w, c in count_words(text).items():
            counts[w] = counts.get(w, 0) + c
        for p, c in count_bigrams(text).items():
            pairs[p] = pairs.get(p, 0) + c
    freq = letters(counts)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for w, c in top:
        print(f"{w:>12} {c:6d}")
    longest = sorted(counts, key=len, reverse=True)[:3]
    print("distinct", len(counts), "bigrams", len(pairs), "longest", longest)
    top_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    print("top bigram", top_pair)
    print("letters", "".join(sorted(freq, key=lambda ch: -freq[ch])))
    report = "\n".join(f"{w}={c}" for w, c in sorted(counts.items()) if c > 300)
    print("report chars", len(report), "upper", report.upper().count("KA"))


main()
