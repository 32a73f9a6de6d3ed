# datetime: dates, times, timedeltas, timezones, formatting and parsing, comparisons, errors
import datetime as dt

d = dt.date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar())
print(d.replace(year=2023, day=28), d.toordinal(), dt.date.fromordinal(738000), d.ctime())
print(d + dt.timedelta(days=365), d - dt.date(2000, 1, 1), d > dt.date(2024, 1, 1))
t = dt.timedelta(days=-1, seconds=5)
print(t, repr(t), t.total_seconds(), abs(t), -t, t * 3, t / 2, dt.timedelta(hours=36) // 7)
print(dt.timedelta(weeks=1, milliseconds=1500), dt.timedelta(microseconds=-1), str(dt.timedelta(0)))
print(dt.timedelta(days=1) % dt.timedelta(hours=7), divmod(dt.timedelta(days=1), dt.timedelta(hours=7)))
x = dt.datetime(2023, 12, 31, 23, 59, 59, 999999)
print(x, repr(x), x + dt.timedelta(microseconds=1), x.date(), x.time(), x.timetuple())
print(x.isoformat(), x.isoformat(sep=" ", timespec="seconds"), x.strftime("%d/%m/%Y %I:%M %p"))
print(dt.datetime.fromisoformat("2021-07-04T12:30:00"), dt.datetime.strptime if False else "")
print(dt.date.fromisoformat("2020-01-31"), dt.time.fromisoformat("08:15:30.5"))
print(dt.time(9, 5), dt.time(23, 59, 59, 500), dt.time(7).isoformat(timespec="minutes"))
utc = dt.timezone.utc
plus2 = dt.timezone(dt.timedelta(hours=2), "EET")
a = dt.datetime(2024, 6, 1, 12, tzinfo=utc)
print(a, a.astimezone(plus2), a.utcoffset(), plus2, repr(plus2), a.tzname(), a.timestamp())
print(a == a.astimezone(plus2), dt.datetime(2024, 6, 1, 14, tzinfo=plus2) - a)
print(dt.datetime.fromtimestamp(0, utc), dt.datetime(1970, 1, 2, tzinfo=utc).timestamp())
print(sorted([dt.date(2024, 1, 3), dt.date(2023, 5, 1), dt.date(2024, 1, 1)]))
print(hash(dt.date(2024, 1, 1)) == hash(dt.date(2024, 1, 1)), {dt.date(2024, 1, 1): 1})
print(dt.date.min, dt.date.max, dt.timedelta.max, dt.datetime.resolution, dt.MINYEAR, dt.MAXYEAR)
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.date(2024, 13, 1), lambda: dt.time(24),
            lambda: dt.date.max + dt.timedelta(days=1),
            lambda: dt.datetime(2024, 1, 1) < dt.datetime(2024, 1, 1, tzinfo=utc),
            lambda: dt.date.fromisoformat("2024/01/01")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
