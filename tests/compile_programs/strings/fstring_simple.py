name = "w"
r = f"hello {name}"
