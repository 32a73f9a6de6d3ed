# building, walking and serialising nested dicts and lists with json
import json
data = {"name": "cfg", "version": 3, "servers": [{"host": "a", "ports": [80, 443]}, {"host": "b", "ports": []}], "debug": None, "ratio": 0.5}
text = json.dumps(data, sort_keys=True)
print(text)
back = json.loads(text)
print(back == data, type(back["servers"]).__name__)
print(json.dumps([1, "é", True, None], ensure_ascii=False), json.dumps({"b": 1, "a": [1, 2]}, indent=2))
def walk(x, path="$"):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, x
for p, v in walk(data):
    print(p, v)
