from collections import Counter
c = Counter(a=1)
c.most_common('x')
