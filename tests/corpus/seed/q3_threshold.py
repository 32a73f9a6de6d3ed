# seed Q3 thresholds block, verbatim: gc.get_threshold()
import gc
print(gc.get_threshold())  # (700, 10, 10)
# Gen 0: после 700 аллокаций
# Gen 1: после 10 сборок Gen 0
# Gen 2: после 10 сборок Gen 1
