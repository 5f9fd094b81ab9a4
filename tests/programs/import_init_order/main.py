print('main start')
import a.b.c
print('main end')
