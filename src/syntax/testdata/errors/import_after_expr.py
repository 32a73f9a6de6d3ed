x = 5 import
