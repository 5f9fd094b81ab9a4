w, p, v = 10, 2, 3.5
s = f'{v:{w}.{p}f}'
t = f'{v:{"<" if w else ">"}{w}}'
