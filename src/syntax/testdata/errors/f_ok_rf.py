x = rf'\d{a}' fr'{b}\n'
