# seed Q4 cycle-kinds block, verbatim (a and b are undefined: NameError)
# Прямой цикл
a.ref = b
b.ref = a

# Self-reference
a.ref = a

# Транзитивный цикл
a.ref = b
b.ref = c
c.ref = a
