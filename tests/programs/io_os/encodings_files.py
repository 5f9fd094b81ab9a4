import os
p = "/tmp/krait_io_encodings.txt"
text = "héllo wörld €\n"
for enc in ("utf-8", "latin-1", "utf-16", "utf-16-le", "utf-32", "cp1252"):
    try:
        with open(p, "w", encoding=enc) as f:
            f.write(text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
        continue
    with open(p, "rb") as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        back = f.read()
    print(enc, len(raw), raw[:6], back == text)
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write(text)
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"ok \xff\xfe end")
for errors in ("replace", "ignore", "backslashreplace"):
    with open(p, encoding="utf-8", errors=errors) as f:
        print(errors, repr(f.read()))
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    open(p, encoding="no-such-encoding")
except LookupError as e:
    print("LookupError:", e)
os.remove(p)
