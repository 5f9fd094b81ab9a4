def f():
    ñ = 'ok'
    return ñ + '\x9'
