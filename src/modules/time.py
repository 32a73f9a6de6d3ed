# heapscope: the parts of the time module written in Python: struct_time (a structseq,
# Objects/structseq.c, as a tuple subclass) and strftime (Modules/timemodule.c over the C
# library's strftime in the "C" locale). The clock functions are native.

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
           "tm_isdst")


class struct_time(tuple):
    __slots__ = ("tm_zone", "tm_gmtoff")
    __module__ = "time"
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)"
                            % len(items))
        if len(items) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)"
                            % len(items))
        self = tuple.__new__(cls, items[:9])
        self.tm_zone = items[9] if len(items) > 9 else None
        self.tm_gmtoff = items[10] if len(items) > 10 else None
        return self

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            ["%s=%r" % (name, value) for name, value in zip(_FIELDS, self)])

    def __reduce__(self):
        return (type(self), (tuple(self), {"tm_zone": self.tm_zone, "tm_gmtoff": self.tm_gmtoff}))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _iso_year_week(year, yday, wday):
    # ISO 8601 week-based year and week (glibc: iso_week_days)
    def week_days(yday, wday):
        return yday - (yday - wday + 4 + 378) % 7 + 3

    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    days = week_days(yday, wday)
    if days < 0:
        year -= 1
        days = week_days(yday + (366 if is_leap(year) else 365), wday)
    else:
        d = week_days(yday - (366 if is_leap(year) else 365), wday)
        if d >= 0:
            year += 1
            days = d
    return year, days // 7 + 1


def _checked(t):
    # Modules/timemodule.c: gettmarg and checktm
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("function takes exactly 9 arguments (%d given)" % len(t))
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    wday %= 7
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    return year, mon, mday, hour, minute, sec, wday, yday


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        raise NotImplementedError("heapscope: time.strftime needs a time tuple (no local clock)")
    year, mon, mday, hour, minute, sec, wday, yday = _checked(t)
    zone = getattr(t, "tm_zone", None)
    gmtoff = getattr(t, "tm_gmtoff", None)
    sunday_wday = (wday + 1) % 7
    hour12 = hour % 12 or 12
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == "a":
            out.append(_DAYS[wday][:3])
        elif d == "A":
            out.append(_DAYS[wday])
        elif d == "b" or d == "h":
            out.append(_MONTHS[mon - 1][:3])
        elif d == "B":
            out.append(_MONTHS[mon - 1])
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wday][:3], _MONTHS[mon - 1][:3],
                                                       mday, hour, minute, sec, year))
        elif d == "C":
            out.append("%d" % (year // 100) if year < 1000 else "%02d" % (year // 100))
        elif d == "d":
            out.append("%02d" % mday)
        elif d == "D" or d == "x":
            out.append("%02d/%02d/%02d" % (mon, mday, year % 100))
        elif d == "e":
            out.append("%2d" % mday)
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, mon, mday))
        elif d == "G":
            out.append("%d" % _iso_year_week(year, yday - 1, sunday_wday)[0])
        elif d == "g":
            out.append("%02d" % (_iso_year_week(year, yday - 1, sunday_wday)[0] % 100))
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % hour12)
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "k":
            out.append("%2d" % hour)
        elif d == "l":
            out.append("%2d" % hour12)
        elif d == "m":
            out.append("%02d" % mon)
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "n":
            out.append("\n")
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "r":
            out.append("%02d:%02d:%02d %s" % (hour12, minute, sec, "AM" if hour < 12 else "PM"))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "S":
            out.append("%02d" % sec)
        elif d == "t":
            out.append("\t")
        elif d == "T" or d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, sec))
        elif d == "u":
            out.append("%d" % (wday + 1))
        elif d == "U":
            out.append("%02d" % ((yday - 1 + 7 - sunday_wday) // 7))
        elif d == "V":
            out.append("%02d" % _iso_year_week(year, yday - 1, sunday_wday)[1])
        elif d == "w":
            out.append("%d" % sunday_wday)
        elif d == "W":
            out.append("%02d" % ((yday - 1 + 7 - wday) // 7))
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "Y":
            out.append("%d" % year)
        elif d == "z":
            if gmtoff is not None:
                sign = "-" if gmtoff < 0 else "+"
                off = abs(gmtoff) // 60
                out.append("%s%02d%02d" % (sign, off // 60, off % 60))
        elif d == "Z":
            if zone is not None:
                out.append(zone)
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)
