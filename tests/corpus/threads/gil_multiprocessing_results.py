# the seed's multiprocessing Pool example without timings: map results
from multiprocessing import Pool
def cpu_bound(n):
    count = 0
    for _ in range(10**4):
        count += 1
    return count + n
if __name__ == '__main__':
    with Pool(2) as p:
        print(p.map(cpu_bound, range(4)))
