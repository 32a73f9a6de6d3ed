x = 0XFF + 0O7 + 0B1 + 1E5 + 1J
