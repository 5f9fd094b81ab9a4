False = value
