tpl = t'{a}' b'bytes'
