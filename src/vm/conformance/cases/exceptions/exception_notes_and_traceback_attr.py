try:
    try:
        raise ValueError("base problem")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("file: data.csv")
        raise
except ValueError as e:
    print(e, e.__notes__)
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno)
    print(type(e.with_traceback(None)).__name__)
