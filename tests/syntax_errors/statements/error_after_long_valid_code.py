import os
import sys


def helper(path):
    '''Return the size.'''
    return os.path.getsize(path)


class Loader:
    def __init__(self, root):
        self.root = root

    def load(self):
        for name in os.listdir(self.root):
            yield helper(name)


if __name__ == '__main__':
    print(list(Loader(sys.argv[1]).load())
    sys.exit(0)
