# range and slice objects: equal but distinct, and slicing a range makes a new range
r1 = range(10)
r2 = range(10)
print(r1 == r2, r1 is r2, r1[:] == r1, r1[:] is r1, range(0) == range(5, 5))
s1 = slice(1, 5)
s2 = slice(1, 5)
print(s1 == s2, s1 is s2, "abcdef"[s1])
