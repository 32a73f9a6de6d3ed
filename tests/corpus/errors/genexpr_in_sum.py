# an error inside a generator expression consumed by sum()
prices = {"apple": 1.5, "pear": 2.0}
basket = ["apple", "pear", "plum"]
total = sum(prices[item] for item in basket)
