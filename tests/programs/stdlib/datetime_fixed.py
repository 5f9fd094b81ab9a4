from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.strftime("%d/%m/%Y %A %B"))
print(date(2023, 12, 31) - date(2023, 1, 1), (date(2024, 3, 1) - d).days, d.replace(year=2025), d.toordinal(), date.fromordinal(738000))
dt = datetime(2024, 5, 17, 13, 45, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.date(), dt.time(), dt.strftime("%H:%M:%S.%f %p %j"), dt.timestamp() if False else "ts")
print(datetime.fromisoformat("2024-01-02T03:04:05"), datetime.strptime("17/05/2024 10:30", "%d/%m/%Y %H:%M"))
td = timedelta(days=1, hours=25, minutes=61, seconds=-1)
print(td, td.days, td.seconds, td.total_seconds(), repr(timedelta(hours=-1)), timedelta(weeks=1) // timedelta(days=2), timedelta(seconds=10) * 1.5)
utc = dt.replace(tzinfo=timezone.utc)
print(utc, utc.astimezone(timezone(timedelta(hours=5, minutes=30))), utc.utcoffset(), utc.tzname())
print(time(9, 5), time(23, 59, 59, 999999).isoformat(), date.min, date.max, datetime(2024, 1, 1) < datetime(2024, 1, 2))
for bad in (lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: datetime.strptime("x", "%Y"), lambda: time(25)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(date(2024, 1, 1).isocalendar(), sorted([date(2024, 3, 1), date(2023, 1, 1)]), hash(d) == hash(date(2024, 2, 28)))
