value = sum(numbers) total
