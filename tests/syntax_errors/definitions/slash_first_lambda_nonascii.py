def f(ä, /, ö, /):
    pass
