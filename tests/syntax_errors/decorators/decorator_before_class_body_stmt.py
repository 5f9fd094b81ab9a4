class A:
    @staticmethod
    return 1
