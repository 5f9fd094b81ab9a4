s = f"{'abc}"
