if x := 1:
    pass
elif y := 2:
    pass
while z := 0:
    pass
assert (w := 1)
[q := 1, r := 2]
{s := 1}
