def outer():
    def middle():
        def inner():
            return 1
        return inner
    return middle
