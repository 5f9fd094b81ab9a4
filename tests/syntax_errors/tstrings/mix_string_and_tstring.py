tpl = 'hello ' t'{name}'
