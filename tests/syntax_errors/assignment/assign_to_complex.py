2j = value
