# [0] * 10**10 cannot be allocated: MemoryError with the caret markers
print("start")
x = [0] * 10**10
print("never")
