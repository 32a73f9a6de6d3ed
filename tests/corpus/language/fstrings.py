# f-string format specs: width, alignment, fill, precision, sign, grouping, bases, !r, =
x = 3.14159
n = 1234567
s = "hi"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2e}|{x:+.0f}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{-n:+,}")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#b}|{255:08b}")
print(f"[{s:>5}][{s:<5}][{s:^6}][{s:*^7}][{s!r}]")
print(f"{0.5:%}|{0.125:.1%}|{1e-7:g}|{123456789.0:g}|{1.5e300:.3g}")
print(f"{x=}|{n = }|{s=!s}")
print(f"{'nested ' + s.upper():>{len(s) + 10}}")
print(f"{{literal}} {3 + 4} {[1, 2][1]} {dict(a=1)['a']}")
print(f"{True:d} {12:c}{65:c} {-0.0} {float('inf')} {float('nan')}")
