while True:
break
