for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        print("ok", i)
    except ValueError as e:
        print("err", e)
        continue
    finally:
        print("end", i)
