import string

ALPHA = string.ascii_lowercase


def caesar(text, shift):
    table = str.maketrans(ALPHA + ALPHA.upper(),
                          ALPHA[shift:] + ALPHA[:shift] + (ALPHA[shift:] + ALPHA[:shift]).upper())
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.lower() in ALPHA:
            shift = ALPHA.index(key[k % len(key)])
            if decrypt:
                shift = -shift
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Meet at the old Mill, 5pm."
for shift in (1, 3, 13):
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, 26 - shift) == msg)
secret = vigenere(msg, "lemon")
print(secret)
print(vigenere(secret, "lemon", decrypt=True))
freq = sorted(((secret.lower().count(c), c) for c in set(secret.lower()) if c.isalpha()), reverse=True)[:5]
print(freq)
