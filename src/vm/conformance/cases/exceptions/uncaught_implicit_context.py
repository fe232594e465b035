def cleanup(resource):
    raise OSError(f"could not release {resource}")
def process():
    try:
        return 1 / 0
    except ZeroDivisionError:
        cleanup("db")
process()
