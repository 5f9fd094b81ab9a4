f = lambda *,: 1
