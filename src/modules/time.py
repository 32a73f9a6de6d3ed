# heapscope: the parts of the time module written in Python: struct_time (a structseq,
# Objects/structseq.c, as a tuple subclass), gmtime and localtime (the local zone is UTC, as
# on the machines that record the corpus) and strftime (Modules/timemodule.c over the C
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
        t = localtime()
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


def _seconds(secs):
    # Python/pytime.c: _PyTime_ObjectToTime_t (rounding toward minus infinity)
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        whole = int(secs)
        if whole > secs:
            whole -= 1
        return whole
    return secs.__index__()


def gmtime(seconds=None):
    # days to a civil date: H. Hinnant's days_from_civil inverse
    secs = _seconds(seconds)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    year = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    mday = doy - (153 * mp + 2) // 5 + 1
    mon = mp + 3 if mp < 10 else mp - 9
    if mon <= 2:
        year += 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    yday = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[mon - 1] + mday
    if leap and mon > 2:
        yday += 1
    wday = (days + 3) % 7
    return struct_time((year, mon, mday, hour, minute, sec, wday, yday, 0, "UTC", 0))


def localtime(seconds=None):
    return gmtime(seconds)


def mktime(t):
    year, mon, mday, hour, minute, sec = t[:6]
    y = year - (mon <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (mon + (-3 if mon > 2 else 9)) + 2) // 5 + mday - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return float(days * 86400 + hour * 3600 + minute * 60 + sec)
