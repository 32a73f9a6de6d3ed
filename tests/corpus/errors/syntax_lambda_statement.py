# SyntaxError: a statement in a lambda body
f = lambda x: return x
