# NameError with no close match
def f():
    return completely_unknown_name_xyz
f()
