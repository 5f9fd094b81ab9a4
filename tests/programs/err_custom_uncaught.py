class AppError(Exception):
    pass
raise AppError("it failed")
