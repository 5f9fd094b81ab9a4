import swap
print(swap.__class__.__name__, swap.value)
