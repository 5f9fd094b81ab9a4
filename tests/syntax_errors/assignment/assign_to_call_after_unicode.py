données = {}
len(données) = 3
