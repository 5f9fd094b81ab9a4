s = f"{d['key'"
