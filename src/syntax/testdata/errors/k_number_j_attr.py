x = 1j.imag
