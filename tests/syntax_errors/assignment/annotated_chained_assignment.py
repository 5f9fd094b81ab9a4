f: int = yield_ = 3
