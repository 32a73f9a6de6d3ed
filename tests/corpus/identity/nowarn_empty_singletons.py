# empty tuple, str and bytes singletons, compared through names
et = ()
es = ""
eb = b""
print(et is tuple(), et is tuple([]), et is (1, 2)[2:], et is tuple(x for x in ""))
print(es is str(), es is "abc"[5:], es is "".join([]), es is "ab".replace("ab", ""))
print(eb is bytes(), eb is b"abc"[3:])
f1 = frozenset()
print(f1 is frozenset(), [] is [], set() is set())
