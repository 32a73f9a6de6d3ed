# the seed's tracemalloc block from question 3 with a little code in between
import tracemalloc
tracemalloc.start()
data = [dict(a=i) for i in range(300)]
snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
for stat in top_stats[:10]:
    print(stat)
