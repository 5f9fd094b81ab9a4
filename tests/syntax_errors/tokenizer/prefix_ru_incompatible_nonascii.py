ä = Ru'x'
