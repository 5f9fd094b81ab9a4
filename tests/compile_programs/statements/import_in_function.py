def f():
    import json
    from os import sep
    import os.path as osp
    return json, sep, osp
