s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper())
print(",".join(["a", "b", "c"]))
print("a b  c".split(), "a,b,c".split(","))
print("hello".replace("l", "L"), "hello".startswith("he"), "hello".endswith("lo"))
print("hello".find("l"), "hello".count("l"))
