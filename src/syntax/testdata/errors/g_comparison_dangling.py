x = a <
