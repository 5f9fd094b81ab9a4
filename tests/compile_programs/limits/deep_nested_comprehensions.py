r = [[[[[[[[x for x in y0] for x in y1] for x in y2] for x in y3] for x in y4] for x in y5] for x in y6] for x in y7]
