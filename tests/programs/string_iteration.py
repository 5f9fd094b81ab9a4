vowels = 0
for ch in "programming language":
    if ch in "aeiou":
        vowels += 1
print(vowels, "".join(reversed("stressed")), "a-b-c".split("-"))
