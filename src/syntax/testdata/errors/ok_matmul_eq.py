a @= b
