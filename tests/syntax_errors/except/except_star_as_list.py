try:
    pass
except* E as [x]:
    pass
