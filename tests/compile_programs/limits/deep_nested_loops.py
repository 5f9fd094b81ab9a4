for i0 in r:
    for i1 in r:
        for i2 in r:
            for i3 in r:
                for i4 in r:
                    for i5 in r:
                        for i6 in r:
                            for i7 in r:
                                for i8 in r:
                                    for i9 in r:
                                        pass
