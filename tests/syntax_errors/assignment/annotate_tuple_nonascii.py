ä, ö: int
