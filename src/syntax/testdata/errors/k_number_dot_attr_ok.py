x = 1 .real
y = 1..real
z = 1.0.real
