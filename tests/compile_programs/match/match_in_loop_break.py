def f(items):
    for it in items:
        match it:
            case 0:
                break
            case 1:
                continue
