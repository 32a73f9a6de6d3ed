x = '''abc
def''' + (1 2)
