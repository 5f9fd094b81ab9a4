v = 1
s = f"value {v} and more
