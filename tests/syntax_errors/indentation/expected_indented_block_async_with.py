async def main():
    async with lock:
    pass
