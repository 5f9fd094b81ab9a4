def outer():
    def inner():
        global G
        G = 1
    inner()
