# saving game states with deepcopy and restoring them; shallow copies share the board
import copy
state = {"turn": 1, "board": [[".", "."], [".", "."]], "players": ("x", "o")}
history = [copy.deepcopy(state)]
state["board"][0][0] = "x"
state["turn"] = 2
history.append(copy.deepcopy(state))
shallow = copy.copy(state)
state["board"][1][1] = "o"
print(history[0]["board"], history[1]["board"], shallow["board"])
print(history[0]["players"] is state["players"], shallow["board"] is state["board"])
state = copy.deepcopy(history[0])
print(state)
