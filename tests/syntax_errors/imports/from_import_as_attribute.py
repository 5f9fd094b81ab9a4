from os import path as p.q
