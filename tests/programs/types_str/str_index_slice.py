s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[5:2], s[5:2:-1])
print(s[100:], s[-100:3], s[1:9:3], s[::-3], s[slice(1, None, 4)], s[None:None])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
u = "日本語テキスト"
print(len(u), u[1], u[::-1], u[2:4], "😀x"[0], len("😀"), ord("😀"), chr(128512))
print(s * 2, 2 * "ab", "ab" * 0, "ab" * -3, s + "!", "a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print(min("hello"), max("hello"), sorted("banana"), list("abc"), tuple("ab"))
print(ord("a"), chr(97), chr(0x10FFFF) == "\U0010ffff")
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
