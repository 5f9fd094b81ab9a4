try:
    try:
        pass
    except* ValueError:
        raise
except* TypeError as e:
    pass
