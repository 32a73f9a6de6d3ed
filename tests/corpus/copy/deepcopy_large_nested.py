# deepcopy of a moderately large nested structure: sizes and independence
import copy
data = [{"id": i, "tags": [str(i), "x"], "pos": (i, i + 1)} for i in range(200)]
cp = copy.deepcopy(data)
print(len(cp), cp[57], cp[57] is data[57], cp[57]["tags"] is data[57]["tags"], cp[57]["pos"] is data[57]["pos"])
print(sum(d["id"] for d in cp), cp == data)
