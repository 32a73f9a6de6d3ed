# cmath: square roots, exp/log, hyperbolic and trig functions over finite and special values
import cmath
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
zs = [complex('inf'),complex('-inf'),complex('nan'), complex(0,float('inf')), complex(float('inf'),float('inf')), 0j, -0j, complex(-0.0,0.0), -4, 1+2j, -3.5-0.25j, 1e300+1e300j, 1e-320+1e-320j, 710+1j, -710+2j, 0.5j, 2, 3.0]
for name in ["sqrt", "exp", "log", "log10", "cosh", "sinh", "tanh", "cos", "sin", "tan", "phase", "polar", "isfinite", "isinf", "isnan"]:
    for z in zs:
        show(lambda: (name, z, getattr(cmath, name)(z)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
show(lambda: cmath.log(8, 2))
show(lambda: cmath.log(1, 1))
show(lambda: cmath.log(-1, 1j))
show(lambda: cmath.rect(2, 0))
show(lambda: cmath.rect(2, cmath.pi / 2))
show(lambda: cmath.rect(2, float('inf')))
show(lambda: cmath.isclose(1+1j, 1+1.0000000001j))
show(lambda: cmath.isclose(1j, 2j, abs_tol=2))
show(lambda: cmath.sqrt("x"))
show(lambda: cmath.sqrt())
class Z:
    def __complex__(self):
        return 4j
show(lambda: cmath.sqrt(Z()))
