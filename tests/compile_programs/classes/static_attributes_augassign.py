class C:
    def m(self):
        self.count += 1
        self.items[0] = 1
