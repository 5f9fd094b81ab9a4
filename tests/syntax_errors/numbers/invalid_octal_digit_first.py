o = 0o9
