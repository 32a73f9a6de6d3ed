import collections

def f(cmd, obj, mapping):
    match cmd.split():
        case [action]:
            print(action)
        case [action, target] if target:
            print(action, target)
        case ["go", ("north" | "south") as direction]:
            print(direction)
        case ["drop", *objects]:
            print(objects)
        case [first, *_, last]:
            print(first, last)
        case [*_, x, y]:
            print(x, y)
        case []:
            pass
    match obj:
        case collections.OrderedDict():
            return 1
        case {"a": 1, "b": [x, *ys], **rest}:
            return x, ys, rest
        case {1: a, 2.5: b}:
            return a, b
        case (1, 2) | [3, 4]:
            return "pair"
        case [a, b] | (b, a, _):
            return a, b
        case {"x": ([p] | (p,))} | {"y": p}:
            return p
        case int() | float() as num if num > 0:
            return num
        case str(s):
            return s
        case (a, (b, (c, d)), e):
            return a + b + c + d + e
        case x:
            return x

def g(v):
    match v:
        case _:
            return 0

def h(v):
    match v:
        case [1, 2] if v:
            y = 1
        case _ if v:
            y = 2
    return y

match (1, 2):
    case a, b:
        print(a, b)
match 1, 2:
    case (1, x):
        print(x)
match -1, *x:
    case (-1.5 | 2 - 3j | -4 + 5j) as z if z:
        pass
    case Point(1, y=[a, *_], z={**kw}) | Point(b"x", y=_, z=None):
        pass
    case {"k": True, m.n.o: False, -2: [*_]}:
        pass
    case "a" "b" | 1_000:
        pass
match(1)
match = [match]
case = 3
match [1]:
    case [match] if case: pass
