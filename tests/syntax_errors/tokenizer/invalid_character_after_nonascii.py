naïve = 1
résumé = naïve € 2
