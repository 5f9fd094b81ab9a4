class A:
    x = await y
