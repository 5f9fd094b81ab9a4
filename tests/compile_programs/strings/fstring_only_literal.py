r = f"plain"
s = f""
