# math module functions a learner uses, with exact printed results
import math
print(math.sqrt(16), math.pow(2, 10), math.floor(2.7), math.ceil(2.1), math.fabs(-3))
print(math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2), math.exp(0))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 300, math.isinf(-math.inf), math.nan != math.nan)
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.trunc(-2.5), math.modf(3.25))
