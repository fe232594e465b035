import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.dedent("""
    indented
      more
    back
"""))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("short", width=10), textwrap.wrap("", 10))
