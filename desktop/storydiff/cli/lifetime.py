"""The ``storydiff`` script's process: short-lived commands end it as soon as they are done.

A command that only reads files and prints (``compare``, ``extract``, ``facts``) calls
:func:`short_lived`. While it runs, Python's cyclic garbage collector is off: a long
comparison makes about a million objects that all live to the end, and the collector
would walk them again and again (tens of ms for 100,000 words, nothing collected). When
it is done, the process ends without freeing them one by one (another 35 ms): the
buffered output is flushed and the ``atexit`` functions run as at a normal exit. This
applies only when :func:`run` started the process: the tests and the app, which call
:data:`storydiff.cli.main` in a process that goes on, are left as they are.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from typing import Any

_script = False  # run() started this process
_leave = False  # a short-lived command ran: end the process when it is done


def run(**kwargs: Any) -> None:
    """The ``storydiff`` script: :data:`storydiff.cli.main` with ``kwargs``."""
    global _script
    _script = True
    from storydiff.cli import main

    try:
        main(**kwargs)
    except SystemExit as done:
        if _leave and done.code in (None, 0):
            _leave_now()
        raise


def short_lived() -> None:
    """Called by a command that only reads and prints (see the module's description)."""
    global _leave
    if _script:
        gc.disable()
        _leave = True


def _leave_now() -> None:
    """End the process with status 0 after what a normal exit does that can be seen:
    flushing the output and running the ``atexit`` functions. A library opened (by
    ``--story``), another thread still running, or a profiler or debugger watching
    (``python -m cProfile`` writes its figures after the command returns) gets the
    normal exit."""
    if "storydiff.library" in sys.modules or threading.active_count() > 1:
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return  # the normal exit reports it
    atexit._run_exitfuncs()
    os._exit(0)
