config = {"db": {"host": "localhost", "port": 5432}}
def get_setting(section, key):
    return config[section][key]
print(get_setting("db", "host"))
print(get_setting("db", "user"))
