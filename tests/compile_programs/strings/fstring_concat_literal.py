x = 1
r = "a" f"{x}" "b"
