print(**a)
