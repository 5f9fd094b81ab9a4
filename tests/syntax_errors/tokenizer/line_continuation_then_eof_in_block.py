if True:
    y = 3 \
