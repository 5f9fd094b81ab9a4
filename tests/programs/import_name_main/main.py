import lib
print(__name__, lib.__name__, lib.is_main)
if __name__ == '__main__':
    print('running as main')
