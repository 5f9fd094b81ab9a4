inventory = {"apple": 3, "pear": 0}
for fruit in ("apple", "pear"):
    print(fruit, inventory[fruit])
print(inventory["banana"])
