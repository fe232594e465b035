def summarize(first, *rest, sep=", ", **options):
    parts = [str(first)] + [str(r) for r in rest]
    text = sep.join(parts)
    for key in sorted(options):
        text += f" [{key}={options[key]}]"
    return text
print(summarize(1))
print(summarize(1, 2, 3))
print(summarize("a", "b", sep="-", color="red", bold=True))
args = (4, 5)
kwargs = {"sep": "/", "z": 0}
print(summarize(*args, **kwargs))
def only_kwargs(**kw):
    return kw
print(only_kwargs(), only_kwargs(a=1, b=2))
