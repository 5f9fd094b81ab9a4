is_main = __name__ == '__main__'
if __name__ == '__main__':
    print('lib as main')
