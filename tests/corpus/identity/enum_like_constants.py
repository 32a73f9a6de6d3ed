# module constants compared by identity across functions, as a learner might do with statuses
ACTIVE = "active"
INACTIVE = "inactive"
def status_of(flag):
    return ACTIVE if flag else INACTIVE
def check(s):
    return s is ACTIVE
print(check(status_of(True)), check(status_of(False)), check("active"))
print(check("".join(["act", "ive"])), check("".join(["act", "ive"])) == ("act" + "ive" == ACTIVE))
