class K:
    def m(self):
        if self:
            return 1
      return 2
