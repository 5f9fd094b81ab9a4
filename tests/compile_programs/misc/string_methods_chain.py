s = "  Hello  "
r = s.strip().lower().replace("h", "j").split()
