# passing a memo dict: its keys are ids, plus the keep-alive list under id(memo)
import copy
l = [1]
memo = {}
out = copy.deepcopy([l, l], memo)
print(len(memo), id(memo) in memo, len(memo[id(memo)]), out[0] is out[1])
print(memo[id(l)] is out[0])
memo2 = {id(l): "replacement"}
print(copy.deepcopy([l, 2], memo2))
