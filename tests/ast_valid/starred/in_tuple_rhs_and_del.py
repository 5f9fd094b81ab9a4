x = *a,
y = 1, *a
print(*a, sep='')
