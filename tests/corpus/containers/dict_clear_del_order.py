class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
d = {'x': D('1'), 'y': D('2'), 'z': D('3')}
d.clear()
print('cleared')
d = {'x': D('4'), 'y': D('5')}
d['x'] = D('6')
print('replaced')
v = d.pop('y')
print('popped')
del v
d.popitem()
print('end')
