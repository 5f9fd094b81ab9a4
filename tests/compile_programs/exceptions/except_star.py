try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError:
    pass
