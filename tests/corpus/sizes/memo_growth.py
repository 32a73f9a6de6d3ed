# a memoisation dict grows as results are cached: getsizeof at each resize
import sys
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
last = sys.getsizeof(memo)
for n in range(0, 120, 10):
    fib(n)
    s = sys.getsizeof(memo)
    print(n, len(memo), s, "resized" if s != last else "")
    last = s
