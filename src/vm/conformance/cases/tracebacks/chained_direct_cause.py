class ParseError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise ParseError(f"bad port {text!r}") from err
parse_port("80a")
