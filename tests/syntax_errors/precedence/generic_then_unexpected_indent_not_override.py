a b
    c
