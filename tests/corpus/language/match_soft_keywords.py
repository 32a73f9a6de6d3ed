# `match` and `case` stay ordinary names outside a match statement.
match = [1, 2]
case = {"case": "value"}
print(match, case)
def match_(x):
    return x
match = match_
print(match(5))
match(1)
match [1]:
    case [case_]:
        print("case_", case_)
class case:
    match = "attr"
print(case.match)
match (case.match):
    case "attr":
        print("attribute subject")
match, case = 1, 2
print(match, case)
match -1:
    case -1: print("negative literal")
match {"match": 1}:
    case {"match": case}:
        print("captured into case:", case)
