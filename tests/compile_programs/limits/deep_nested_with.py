with c0:
    with c1:
        with c2:
            with c3:
                with c4:
                    with c5:
                        with c6:
                            with c7:
                                with c8:
                                    with c9:
                                        with c10:
                                            with c11:
                                                pass
