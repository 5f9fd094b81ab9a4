for x in y:
    break x
