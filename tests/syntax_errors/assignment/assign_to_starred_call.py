*f(), a = items
