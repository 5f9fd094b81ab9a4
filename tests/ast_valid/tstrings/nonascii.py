nom = 'Zoë'
t1 = t'Bonjour {nom}, ça va? {nom!r:→^10}'
