ﬁ = 1
print(fi)
