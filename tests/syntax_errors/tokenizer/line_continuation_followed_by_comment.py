total = (1 +
         2) \  # why
