x = 5
if x < 0:
    s = "neg"
elif x == 0:
    s = "zero"
elif x < 10:
    s = "small"
else:
    s = "big"
