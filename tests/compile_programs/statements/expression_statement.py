1
"not a docstring" if False else None
len([])
