def f():
    data = b'ok'
    return b'файл'
