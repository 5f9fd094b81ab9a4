r = b"abc"[0]
