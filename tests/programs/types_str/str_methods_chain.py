raw = "   Hello, World! Welcome to PYTHON programming.   "
step1 = raw.strip()
print(repr(step1))
print(step1.lower().replace("!", "").replace(",", "").replace(".", "").split())
print([w.capitalize() for w in step1.split()])
print(" ".join(reversed(step1.split())))
print(step1.swapcase()[:12], step1.count("o"), step1.lower().count("o"))
print(step1.center(60, "~"))
print("_".join(w.lower() for w in "MakeSnakeCase".replace("Make", "make ").split()))
def camel_to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
print(camel_to_snake("parseHTTPResponseCode"), camel_to_snake("X"))
def snake_to_camel(name):
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)
print(snake_to_camel("parse_http_response"), snake_to_camel("single"))
pal = "A man, a plan, a canal: Panama"
clean = "".join(c.lower() for c in pal if c.isalnum())
print(clean == clean[::-1], clean[:10])
print("{:-^30}".format(" END "), "abc".zfill(5).rjust(8, "*"))
print(ord(max("hello world")), "".join(sorted(set("mississippi"))), "ab" in "cabd" and "ba" not in "cabd")
