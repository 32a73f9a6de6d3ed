import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "f": 1.5, "nested": {"x": [1, {"y": 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps("héllo\n\"q\""), json.dumps("héllo", ensure_ascii=False))
back = json.loads(s)
print(back == data, back, type(back["f"]))
print(json.loads('[1, 2.5, "x", true, false, null, -3e2, {"a": {}}]'))
print(json.loads('"\\u00e9\\n"'), json.loads(' 42 '), json.dumps(float('inf')), json.loads('NaN'))
for bad in ['', '{', '{"a" 1}', '[1, 2', '{"a": 1,}', '[1,]', '"abc', '{1: 2}', 'tru', '[1] x', '"\\x"', '{"a": 1 "b": 2}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
class P:
    def __init__(self, x): self.x = x
print(json.dumps(P(3), default=lambda o: o.__dict__), json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd'}))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('1.5', parse_float=str))
print(json.dumps(data, indent='\t')[:40].replace('\t', 'T'))
print(json.JSONDecodeError.__module__, json.decoder.JSONDecodeError is json.JSONDecodeError)
for bad in ['[1, -]', '[-', '1e', '[1.]', '{"a": [1, 2}', '[{"a"}]', '  ', '[1 2]', '{"a": }', '[0x10]', '-0', '1E+2', '{"k": "v\\u12"}', '"\\ud83d\\ude00"', '"tab\tin"']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1e5, 1E-2, -0.5, 10]'), json.loads('{"x": 1}', object_pairs_hook=list))
