data = {"users": [{"name": "a", "age": 3}, {"name": "b", "age": 5}]}
print(sum(u["age"] for u in data["users"]) if False else [u["name"] for u in data["users"]])
print(data)
