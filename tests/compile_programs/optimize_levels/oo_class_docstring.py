# krait: optimize=2
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
        return 1
