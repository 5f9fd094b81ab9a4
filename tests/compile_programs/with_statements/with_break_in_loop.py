for cm in []:
    with cm:
        break
