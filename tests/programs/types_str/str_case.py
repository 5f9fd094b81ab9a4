words = ["hello world", "HELLO", "hELLo wORLD", "ǅungla", "straße", "ﬁsh", "o'neil's 3rd", "", "123abc", "ΣΑΣ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["Hello", "hello", "HELLO", "Hello World", "hello World", "123", "", "Ab1", "A b"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print("İ".lower(), len("İ".lower()), "ß".upper(), "ﬀ".upper())
