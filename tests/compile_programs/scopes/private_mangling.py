class C:
    __x = 1
    def __m(self):
        return self.__x
    def n(self):
        return self.__m()
