try x:
    pass
except:
    pass
