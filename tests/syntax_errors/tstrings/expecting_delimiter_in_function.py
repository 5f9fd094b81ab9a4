def render(items):
    return t'<ul>{items[0] +}</ul>'
