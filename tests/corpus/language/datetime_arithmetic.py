# date and timedelta arithmetic without reading the clock
import datetime
d = datetime.date(2024, 2, 28)
print(d + datetime.timedelta(days=1), d + datetime.timedelta(days=2), d.weekday(), d.isoformat())
dt = datetime.datetime(2023, 12, 31, 23, 59, 30)
print(dt + datetime.timedelta(seconds=45), (datetime.date(2024, 1, 1) - datetime.date(2023, 1, 1)).days)
print(dt.strftime("%Y-%m-%d %H:%M"), datetime.date.fromisoformat("2020-05-17").strftime("%A %d %B"))
print(repr(datetime.timedelta(hours=25, minutes=3)), datetime.timedelta(days=1) // datetime.timedelta(hours=7))
