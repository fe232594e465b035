"""Runs one program with Interleave's library modules (threading, queue, concurrent.futures)
in place of CPython's, over the `_thread` shim. Usage: run_case.py LIBDIR SCRIPT"""

import importlib.util
import os
import sys

lib, script = sys.argv[1], sys.argv[2]
import _thread as real_thread  # noqa: E402
import traceback  # noqa: E402,F401  (imported before the swap: it needs the real _thread)
import runpy  # noqa: E402
sys.modules['_interleave_real_thread'] = real_thread
spec = importlib.util.spec_from_file_location('_thread', os.path.join(os.path.dirname(__file__), '_thread.py'))
shim = importlib.util.module_from_spec(spec)
sys.modules['_thread'] = shim
spec.loader.exec_module(shim)
for name in ('threading', 'queue', 'concurrent', 'concurrent.futures'):
    sys.modules.pop(name, None)
# only Interleave's threading-related modules: the rest of its lib/ would shadow CPython's
import tempfile  # noqa: E402
only = tempfile.mkdtemp(prefix='interleave-lib-')
for name in ('threading.py', 'queue.py', 'concurrent', 'logging'):
    os.symlink(os.path.join(lib, name), os.path.join(only, name))
sys.path[0] = only
import threading  # noqa: E402
assert threading.__file__.startswith(only), threading.__file__
sys.argv = [script]
runpy.run_path(script, run_name='__main__')
