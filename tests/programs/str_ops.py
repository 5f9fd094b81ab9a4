s = "hello"
print(s + " world", s * 2, len(s), s[1], s[-1], s[1:3], s[::-1])
print("ell" in s, "z" not in s)
