songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
print(f"This is the playlist: {", ".join(songs)}")
d = {"key": "value"}
print(f"{d["key"]} and {f"{d['key']!r}"}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{
    1 + 2  # comment inside field
}")
