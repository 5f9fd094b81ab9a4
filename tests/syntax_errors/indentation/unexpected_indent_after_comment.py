# header
value = 3
# note
	value += 1
