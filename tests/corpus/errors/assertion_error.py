# uncaught AssertionError with and without a message
x = 3
assert x > 0
assert x < 0, f"x must be negative, got {x}"
