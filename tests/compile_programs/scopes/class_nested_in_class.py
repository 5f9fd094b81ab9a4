class Outer:
    class Inner:
        v = 1
    w = Inner.v
