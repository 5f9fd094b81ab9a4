b = b'abc' B'def' rb'\g' Br'h' b'''i'''
