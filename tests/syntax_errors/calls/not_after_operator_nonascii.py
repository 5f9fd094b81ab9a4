ä = ö + not ü
