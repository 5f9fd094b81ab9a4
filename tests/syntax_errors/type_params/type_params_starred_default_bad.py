def f[*Ts = ]():
    pass
