try:
    pass
except:
finally:
    pass
