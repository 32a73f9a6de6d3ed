print('never')
@#$%^&*() ;; ]]]
