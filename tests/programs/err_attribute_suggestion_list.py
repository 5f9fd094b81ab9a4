items = [1]
items.apend(2)
