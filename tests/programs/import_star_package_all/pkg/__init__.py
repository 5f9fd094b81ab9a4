__all__ = ['sub1', 'sub2']
