total = (first
         + second
         * third)
