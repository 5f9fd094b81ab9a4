try:
    pass
except* E as self.err:
    pass
