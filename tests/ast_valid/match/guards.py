match event:
    case Click(x, y) if x > 0 and y > 0:
        pass
    case Key(k) if (k := k.lower()):
        pass
    case _ if True:
        pass
