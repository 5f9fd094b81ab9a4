__all__ = ['public', 'also']
public = 1
also = 2
hidden = 3
_private = 4
