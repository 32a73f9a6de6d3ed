# complex(): numbers, strings and two-argument forms
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for s in ["1+2j", "1-2j", " (3+4j) ", "j", "-j", "+j", "2j", "-1.5e3-2.5J", "1", "inf+nanj", "1+j", "1 + 2j", "x", "", "()", "1+2", "1e2j"]:
    show(lambda: complex(s))
show(lambda: complex())
show(lambda: complex(1))
show(lambda: complex(1, 2))
show(lambda: complex(1.5, -0.0))
show(lambda: complex(1j, 1j))
show(lambda: complex(real=2, imag=3))
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex([]))
show(lambda: complex(None))
class C:
    def __complex__(self):
        return 5j
show(lambda: complex(C()))
