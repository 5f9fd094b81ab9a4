ok = (a
      < b
      <= c)
