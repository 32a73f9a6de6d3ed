x = -y ** 2
x = 2 ** -1
x = not a == b
x = a if b else c
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a + b
x = lambda x=lambda y: y: x
f = lambda: (yield)
x = a < b <= c != d is not e in f not in g is h
x = a or b and not c or d
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = ~a + -b - +c
x = a.b.c(d)[e](f=g)(*h, **i)
x = a[1:2], a[::2], a[1:2, 3], a[:], a[1:], a[:2], a[x, y], a[(1, 2)], a[1:2:3]
x = f(a for a in b)
x = f((a for a in b), c)
x = [i * 2 for i in range(10) if i if i > 2 for j in k]
x = {k: v for k, v in items}
x = {s for s in t}
x = (g for g in h)
x = {1: 2, **other, 3: 4}
x = {1, 2, *rest}
x = [*a, *b]
x = ...
x = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 1.5 + 1e10 + 1_000.5 + .5 + 3j + 1.5J
x = 123456789012345678901234567890
x = 'a' "b" '''c''' """d"""
x = b'bytes' rb'raw' Rb'\d'
x = u'unicode'
x = r'\n' + '\n\t\\\'\"\x41\u00e9\U0001F600\101\0'
y = (x := 10)
if (n := len(a)) > 10: pass
x = a if b else c if d else e
x = [a,
     b,
     c]
x = f(a)(b)(c)
x = a.b[c].d(e).f
x = (a
     + b)
x = 'implicit' \
    'continuation'
x = f'{a}' 'plain' f'{b!r:>10}'
x = f'{x:{width}.2f}'
x = f'{x=}'
x = f"{'nested'}"
x = f'{{literal}}'
x = (yield)
x = await_ = 1
x = (a) + (b)
x = (a)(b)
x = (a).b
x = (a)[b]
x = -(a)
x = ((a) if (b) else (c))
