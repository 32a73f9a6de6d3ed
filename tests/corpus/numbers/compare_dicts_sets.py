# dict equality, set/frozenset subset ordering, and what has no ordering
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2, 3: 4}, {} == {}, {1: [1]} == {1: [1]})
print({1, 2} == frozenset({1, 2}), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {3} > set(), {1} > {2})
print(frozenset({1}) <= {1, 2}, {1, 2} >= frozenset(), {1, 2.0} == {1.0, 2}, set() == frozenset(), {1} != {1})
print({1: 1} == {1.0: 1.0}, {True: 1} == {1: True}, {"a": 1} == {"a": 1.0})
for expr in ["{1: 2} < {1: 3}", "{1} < [1]", "{1: 2} <= {}", "frozenset() > []"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
