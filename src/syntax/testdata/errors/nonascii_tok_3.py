éé = 1abc
