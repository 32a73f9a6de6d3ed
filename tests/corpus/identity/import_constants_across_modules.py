# equal constants in two modules are separate objects; within each module they are shared
import helper_constants_mod as h
x = 1000
t = "hello world!"
print(h.BIG is h.big(), x is h.BIG, x == h.BIG)
print(t is h.TEXT, t == h.TEXT, (1, 2) is h.PAIR, h.__name__)
import helper_constants_mod
print(helper_constants_mod is h)
