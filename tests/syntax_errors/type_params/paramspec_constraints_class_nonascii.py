class Ä[**Ƥ: (int, str)]:
    pass
