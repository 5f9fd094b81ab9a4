naïve = ('é',
