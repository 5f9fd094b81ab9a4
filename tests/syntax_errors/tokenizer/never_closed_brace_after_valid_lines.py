import os

CONFIG = {
    'home': os.environ['HOME'],
    'shell': os.environ.get('SHELL'),

def main():
    pass
