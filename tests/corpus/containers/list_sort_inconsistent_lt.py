state = [12345]
def rnd():
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0]
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return rnd() % 2 == 0
class S:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
total = 0
for n in [0, 1, 2, 5, 63, 64, 65, 100, 300, 700]:
    for trial in range(2):
        xs = [R(i) for i in range(n)]
        xs.sort()
        total += sum(x.v for x in xs) == n * (n - 1) // 2
        ys = [S(rnd() % 50) for i in range(n)]
        ys.sort()
        vals = [y.v for y in ys]
        total += vals == sorted(vals)
        zs = [S(v) for v in list(range(n // 2)) + list(range(n // 3, 0, -1)) + [rnd() % 7 for _ in range(n // 4)]]
        zs.sort(reverse=True)
        vals = [z.v for z in zs]
        total += vals == sorted(vals, reverse=True)
print(total, state[0])
