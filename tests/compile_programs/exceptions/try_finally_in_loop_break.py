for i in range(3):
    try:
        if i:
            break
    finally:
        print(i)
