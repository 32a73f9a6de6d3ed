# a nested structure of dicts and lists: which parts are shared after each kind of copy
import copy
cfg = {"servers": [{"host": "a", "ports": [80, 443]}], "debug": False}
s = copy.copy(cfg)
d = copy.deepcopy(cfg)
s["servers"][0]["ports"].append(8080)
d["servers"][0]["ports"].append(9090)
s["debug"] = True
print(cfg)
print(s)
print(d)
