name = 'x'
tpl = t'hello {name}' ' world'
