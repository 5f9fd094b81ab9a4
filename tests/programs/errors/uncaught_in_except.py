def risky():
    try:
        return [][0]
    except IndexError:
        print("handling IndexError")
        return {}["nope"]

risky()
