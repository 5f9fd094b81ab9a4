größen = [*ü for ü in ä]
