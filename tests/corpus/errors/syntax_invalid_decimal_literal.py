# SyntaxError: invalid decimal literal (an identifier starting with a digit)
2nd_value = 5
