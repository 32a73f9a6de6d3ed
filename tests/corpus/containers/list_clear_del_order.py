class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
l = [D('a'), D('b'), D('c')]
l.clear()
print('cleared')
l = [D('d'), D('e'), D('f')]
del l
print('deleted')
l = [D('g'), D('h'), D('i'), D('j')]
del l[1:3]
print('slice deleted')
l[:] = [D('k')]
print('replaced')
l = [D('m'), D('n'), D('o'), D('p')]
del l[::2]
print('extended slice deleted')
l[0] = None
print('assigned')
l = [D('q'), D('r')]
l *= 0
print('repeat zero')
