if ready:  # é
    # only a comment
start()
