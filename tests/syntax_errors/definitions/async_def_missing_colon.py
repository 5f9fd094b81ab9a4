async def fetch(url)
    pass
