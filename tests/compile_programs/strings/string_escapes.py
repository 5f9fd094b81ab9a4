r = "tab\there\nnew \x41 \u00e9 \N{BULLET}"
s = b"\x00\xff"
