# a helper module for exit_order_helper_module.py: keeps whatever is attached; run alone it keeps an int
stored = []
def attach(obj):
    stored.append(obj)
if __name__ == "__main__":
    attach(1)
    print(stored)
