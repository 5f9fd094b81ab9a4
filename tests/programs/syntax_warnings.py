x = 5
if x is 5:
    print("five")
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
