try:
    continue
except:
    pass
