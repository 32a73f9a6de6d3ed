# an error in one argument of a call spread over several lines
def combine(a, b, c):
    return a + b + c
values = {"x": 1, "y": 2}
total = combine(
    values["x"],
    values["y"],
    values["z"],
)
