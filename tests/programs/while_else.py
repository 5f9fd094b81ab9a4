n = 3
while n > 0:
    n -= 1
else:
    print("loop ended", n)
while True:
    break
else:
    print("never")
print("done")
