# ASCII garbage that is not Python
print('never')
@#$%^&*() ;; ]]]
