# complex numbers: arithmetic, repr, abs, conjugate and cmath
import cmath
z = 3 + 4j
w = complex(1, -1)
print(z, w, z + w, z * w, z / w, abs(z), z.conjugate(), z.real, z.imag)
print(1j ** 2, complex("2-3j"), -1j, 0j, complex(0, 0) == 0, (1 + 2j) == complex(1, 2))
print(cmath.sqrt(-4), cmath.phase(-1), repr(complex(1.5, -0.0)))
