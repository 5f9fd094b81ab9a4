class (Base):
    pass
