def ﬁ(ﬂ, *ﬀ, ﬃ=1, **ﬄ):
    global ℌ
    return ℌ
