def setup(cfg):
    cfg.a = 1
    cfg.get('b') = 2
