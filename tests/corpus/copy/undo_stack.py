# an undo stack storing deep copies of a document's state
import copy
doc = {"title": "draft", "lines": ["a"]}
undo = []
def edit(fn):
    undo.append(copy.deepcopy(doc))
    fn(doc)
edit(lambda d: d["lines"].append("b"))
edit(lambda d: d.update(title="final"))
edit(lambda d: d["lines"].clear())
print(doc, len(undo))
while undo:
    doc = undo.pop()
    print(doc)
print(undo, doc["lines"] is not None)
