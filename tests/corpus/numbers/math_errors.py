# math module errors: domain, range, type and argument-count messages
import math
cases = ["math.sqrt(-1)", "math.log(0)", "math.log(-1.5)", "math.log(0.0)", "math.log(8, 1)", "math.log(1, 0)", "math.log10(0)", "math.log2(-2 ** 1000)",
         "math.exp(1000)", "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.acos(2)", "math.sin(math.inf)", "math.cosh(1000)",
         "math.fmod(1, 0)", "math.remainder(1, 0)", "math.ldexp(1, 2000)", "math.sqrt('x')", "math.sqrt(1j)", "math.floor('x')", "math.trunc('x')",
         "math.floor(math.inf)", "math.ceil(math.nan)", "math.factorial(-1)", "math.factorial(5.0)", "math.factorial(2 ** 70)", "math.gcd(1.5)",
         "math.isqrt(-1)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.perm(-2)", "math.isclose(1, 1, rel_tol=-1)", "math.isclose(1)",
         "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.sqrt()", "math.pow(1)", "math.log()", "math.sqrt(10 ** 400)",
         "math.dist((1,), (1, 2))", "math.prod(5)", "math.hypot('a')"]
for c in cases:
    try:
        print(c, "=", eval(c))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(c, "->", type(e).__name__ + ":", e)
math.sqrt(-4)
