# identity of results of common expressions on lists, dicts and strings
l = [1, 2]
print(l is l[:], l[0] is l[:][0], l * 1 is l, sorted(l) is l)
d = {"a":== 1}
print(d is dict(d), d is d.copy(), d["a"] is 1)
s = "word"
print(s.lower() is s, s.strip() is s, s.upper() is s, s.replace("z", "y") is s)
print(s[0:4] is s, s[0:3] is s[0:3], s.center(4) is s)
