# Data and non-data descriptors, and their precedence over instance attributes.
class Data:
    def __get__(self, obj, owner):
        return "data descriptor"

    def __set__(self, obj, value):
        print("Data.__set__", value)


class NonData:
    def __get__(self, obj, owner):
        return ("non-data", obj is None, owner.__name__)


class Host:
    d = Data()
    n = NonData()


h = Host()
print(h.d, h.n, Host.n)
h.d = 5
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d, h.n)
print(vars(h))


def method(self):
    return "bound to " + type(self).__name__


bound = method.__get__(h, Host)
print(bound(), bound.__self__ is h, bound.__func__ is method)
print(method.__get__(None, Host) is method)
print(Host.__dict__["d"].__class__.__name__)
