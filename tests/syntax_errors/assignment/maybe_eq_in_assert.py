assert result = 42
