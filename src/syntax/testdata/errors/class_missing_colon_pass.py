class A pass
