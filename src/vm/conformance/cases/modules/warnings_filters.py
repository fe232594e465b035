import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", FutureWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("error")
try:
    warnings.warn("now an error", UserWarning)
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="ignore me")
warnings.warn("ignore me please")
warnings.simplefilter("ignore", category=UserWarning)
warnings.warn("hidden")
warnings.warn("shown", RuntimeWarning)
print("end")
