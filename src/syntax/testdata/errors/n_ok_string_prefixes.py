a = rb'x' + Rb'x' + bR'x' + BR'x' + br'x'
b = Rf'x' + fR'{1}' + rF'x' + U'x'
