import logging

logging.getLogger("quiet").info("not shown")
logging.getLogger("loud").warning("shown on stderr by the last-resort handler")
print("done")
