xs = [x for x in]
