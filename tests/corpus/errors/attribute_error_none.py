# AttributeError on None from a function that forgot to return
def load():
    data = {"a": 1}
cfg = load()
print(cfg.get("a"))
