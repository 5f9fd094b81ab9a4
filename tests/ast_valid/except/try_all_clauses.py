try:
    x = 1
except KeyError as e:
    pass
except:
    pass
else:
    y = 2
finally:
    z = 3
