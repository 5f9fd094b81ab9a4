s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), s.replace("x", "y"))
print("aaa".replace("a", "b", 0), "abc".replace("", "|", 2), s.replace("one", "1", count=1))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "[c]"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({108: None}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)
class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("beef".translate(Table()))
