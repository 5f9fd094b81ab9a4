x = 1	# tab comment
	# indented comment
y = 2
