import time
t = time.gmtime(1_700_000_000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t[0], t[-1], len(t))
print(tuple(t)[:3], isinstance(t, tuple), type(t).__name__, time.struct_time.n_sequence_fields, time.struct_time.n_fields)
print(time.strftime("%Y-%m-%d %H:%M:%S | %a %A %b %B | %j %w %U %W | %I %p %y %%", t))
print(time.gmtime(0)[:6], time.gmtime(-86400)[:3], time.gmtime(951782400)[:3])
s = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(s, s.tm_mday, time.strftime("%d/%m/%Y", s))
for bad in ((1, 2, 3), tuple(range(12))):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
