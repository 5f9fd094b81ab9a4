name = "w"
t = t"hello {name}"
