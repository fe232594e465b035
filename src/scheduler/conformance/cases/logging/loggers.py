import logging
import sys

log = logging.getLogger("app.db")
print(log.name, log.parent.name, logging.getLogger("app").parent is logging.getLogger())
print(log.getEffectiveLevel(), logging.getLevelName(log.getEffectiveLevel()))
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)s: %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.debug("connecting to %s:%d", "db", 5432)
log.warning("slow query")
log.propagate = False
log.error("failed")
print(log.isEnabledFor(logging.DEBUG), logging.getLogger().isEnabledFor(logging.INFO))
