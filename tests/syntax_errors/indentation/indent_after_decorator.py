@dec
    def f():
        pass
