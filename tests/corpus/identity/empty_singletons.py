# the empty tuple, str and bytes are singletons however they are made
print(() is tuple(), () is tuple([]), () is (1, 2)[2:], () is tuple(x for x in ""))
print("" is str(), "" is "abc"[5:], "" is "".join([]), "" is "ab".replace("ab", ""))
print(b"" is bytes(), b"" is b"abc"[3:])
print(frozenset() is frozenset(), [] is [], {} is {}, set() is set())
