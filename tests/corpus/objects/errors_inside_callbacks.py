# Exceptions raised inside key functions, __eq__, __hash__, __repr__ and properties propagate.
class Boom(Exception):
    pass


def bad_key(x):
    if x == 3:
        raise Boom("key failed on " + str(x))
    return -x


for call in (
    lambda: sorted([1, 2, 3, 4], key=bad_key),
    lambda: max([1, 3], key=bad_key),
    lambda: min(5, 3, key=bad_key),
    lambda: list(map(bad_key, [3])),
):
    try:
        print(call())
    except Boom as e:
        print("Boom:", e)


class BadRepr:
    def __repr__(self):
        raise Boom("no repr")


class BadHash:
    def __hash__(self):
        raise Boom("no hash")


for call in (lambda: repr([BadRepr()]), lambda: hash(BadHash()), lambda: {BadHash(): 1}, lambda: print(BadRepr())):
    try:
        call()
    except Boom as e:
        print("Boom:", e)


class Flaky:
    @property
    def value(self):
        raise Boom("property failed")


try:
    getattr(Flaky(), "value", "default")
except Boom as e:
    print("getattr does not swallow:", e)
try:
    hasattr(Flaky(), "value")
except Boom as e:
    print("hasattr does not swallow:", e)
print(sorted([3, 1, 2], key=lambda v: v % 2), sorted([], key=bad_key))
sorted([3, 2, 1], key=bad_key)
