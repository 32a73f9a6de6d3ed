d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('a'), d.pop('zz', None), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
e = d.copy()
e['new'] = 1
print(d, e)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print({'a': 1} | {'b': 2}, dict(a=1, b=2), dict([(1, 2), (3, 4)]))
