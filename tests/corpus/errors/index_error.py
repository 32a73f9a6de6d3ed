# IndexError: list index out of range, with markers under the subscript
nums = [1, 2, 3]
i = 3
print(nums[i - 1])
print(nums[i])
