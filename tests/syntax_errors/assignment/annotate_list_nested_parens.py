((a)), b: int
