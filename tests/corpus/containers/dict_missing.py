class Counter(dict):
    def __missing__(self, key):
        print('missing', key)
        return 0
c = Counter()
c['a'] = c['a'] + 1
c['a'] += 1
print(c, c.get('b'), 'b' in c)
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
d = Default(list)
d['x'].append(1)
d['x'].append(2)
d['y'].append(3)
print(d)
