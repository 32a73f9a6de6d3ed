s = 'héllo wörld'
print(s[1], s[-1], s[2:5], s[::-1], s[::2], s[:] is s, s[0:100])
b = b'abcdef'
print(b[0], b[-1], b[1:3], b[::-1], b[:] is b)
ba = bytearray(b'xyz')
ba[0] = 65
del ba[1]
print(ba, ba[0], ba[0:1])
for bad in [lambda: s[10**20], lambda: s['a'], lambda: b[9], lambda: ba[9], lambda: b['x']]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(iter('ab€')), [c for c in 'x€y'], len(list('é' * 1000)))
