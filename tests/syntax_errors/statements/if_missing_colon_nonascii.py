if naïve == 'ñ'
    pass
