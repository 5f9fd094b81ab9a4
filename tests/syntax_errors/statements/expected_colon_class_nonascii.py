class Ünïcödé(Base)
    pass
