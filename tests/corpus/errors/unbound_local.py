# UnboundLocalError: a local used before assignment in a function
total = 0
def add(n):
    total += n
    return total
add(1)
