# a tiny expression tokenizer and evaluator with operator precedence
import re
def tokens(s):
    return re.findall(r"\d+\.?\d*|[-+*/()]", s)
def parse(toks):
    def expr(i):
        v, i = term(i)
        while i < len(toks) and toks[i] in "+-":
            op = toks[i]
            r, i = term(i + 1)
            v = v + r if op == "+" else v - r
        return v, i
    def term(i):
        v, i = factor(i)
        while i < len(toks) and toks[i] in "*/":
            op = toks[i]
            r, i = factor(i + 1)
            v = v * r if op == "*" else v / r
        return v, i
    def factor(i):
        if toks[i] == "(":
            v, i = expr(i + 1)
            return v, i + 1
        return float(toks[i]), i + 1
    return expr(0)[0]
for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + (4 - 1)) / 3"]:
    print(e, "=", parse(tokens(e)))
