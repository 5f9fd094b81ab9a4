total = sum(x * x
            for x in range(10))
any(c for c in 'é')
