class A:
    def m(self):
        return self.g(key='v', value)
