import datetime
d = datetime.date.today()
s = f'{d:%Y-%m-%d %H:%M}'
t = f'{d:!<10}'
