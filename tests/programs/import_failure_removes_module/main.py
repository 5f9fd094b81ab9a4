import sys
for i in range(2):
    try:
        import broken
    except ZeroDivisionError as e:
        print('failed:', e, 'broken' in sys.modules)
