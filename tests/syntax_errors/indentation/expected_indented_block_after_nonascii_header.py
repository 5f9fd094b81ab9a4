for ключ in словарь:
print(ключ)
