y = = 2
x = foo(1,
