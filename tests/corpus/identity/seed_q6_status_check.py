# the seed's interned status constants compared with is
import sys
STATUS_ACTIVE = sys.intern("active")
STATUS_INACTIVE = sys.intern("inactive")
def check_status(status):
    status = sys.intern(status)
    if status is STATUS_ACTIVE:
        return True
    return False
print(check_status("active"), check_status("".join(["act", "ive"])), check_status("inactive"))
def process_json(data):
    return {sys.intern(k): v for k, v in data.items()}
d = process_json({"".join(["na", "me"]): 1})
print(list(d)[0] is sys.intern("name"), list(d)[0] is "name")
