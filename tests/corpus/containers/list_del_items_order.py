class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
l = [D(i) for i in range(5)]
l.pop(0)
print('popped 0')
l.remove(l[1])
print('removed')
del l[-1]
print('deleted last')
l[0:1] = [D('x'), D('y')]
print('spliced')
l.sort(key=lambda d: str(d.name))
print('sorted', [d.name for d in l])
l = None
print('end')
