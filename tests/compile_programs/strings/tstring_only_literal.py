t = t"plain"
