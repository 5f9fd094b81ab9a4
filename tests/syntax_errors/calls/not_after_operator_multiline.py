total = (a +
         not b)
