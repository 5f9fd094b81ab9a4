try:
    import plain.sub
except ModuleNotFoundError as e:
    print(e)
import plain.sub
