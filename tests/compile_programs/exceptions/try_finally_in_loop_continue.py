for i in range(3):
    try:
        continue
    finally:
        pass
