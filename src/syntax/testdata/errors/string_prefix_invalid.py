x = abc'def'
