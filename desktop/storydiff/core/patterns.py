"""Regular expressions compiled once per installation, not once per run.

The tagging rules are long patterns: compiling them took 70–80 ms of every
``storydiff`` command's start, half of ``storydiff compare``'s. CPython compiles a
pattern into a list of codes that depends only on the pattern, its flags and the
Python version, so :func:`compile_pattern` keeps those codes, as Python keeps bytecode,
in the package's ``__pycache__`` folder (nothing is written where that folder is not
writable, or when Python is told not to write bytecode, unless
``STORYDIFF_WRITE_PATTERNS=1``, as the binary build sets once), and reads them back at
the next start. ``_sre.compile`` checks the codes it is given; a damaged, foreign or
outdated file is ignored and the patterns compiled as usual.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: compile as usual
    _sre = None

__all__ = ["compile_pattern"]

_FOLDER = Path(__file__).with_name("__pycache__")
_MOST = 2_000  # entries kept in the file: the patterns of this version, with room to spare

# (pattern, flags) → (flags, code, groups, groupindex, indexgroup), as _sre.compile takes them
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_stored: dict[tuple[str, int], _Entry] | None = None
_used: set[tuple[str, int]] = set()
_new = False


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored codes when they are there."""
    global _new
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    flags = int(flags)
    key = (pattern, flags)
    stored = _load()
    _used.add(key)
    entry = stored.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:
            del stored[key]
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # named constants: plain ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
             tuple(indexgroup))  # fmt: skip
    compiled = _sre.compile(pattern, *entry)
    stored[key] = entry
    if not _new:
        _new = True
        atexit.register(_save)
    return compiled


def _path() -> Path:
    """One file per Python version and regex engine version."""
    tag = sys.implementation.cache_tag or "python"
    return _FOLDER / f"storydiff-patterns.{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _load() -> dict[tuple[str, int], _Entry]:
    global _stored
    if _stored is None:
        _stored = {}
        try:
            data = marshal.loads(_path().read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            data = None
        if isinstance(data, dict):
            _stored = {k: v for k, v in data.items() if _well_formed(k, v)}
    return _stored


def _well_formed(key: object, entry: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(entry, tuple)
        and len(entry) == 5
        and isinstance(entry[1], list)
    )


def _save() -> None:
    """Write the stored codes, this run's first, atomically; say nothing on failure."""
    if _stored is None:
        return
    if sys.dont_write_bytecode and os.environ.get("STORYDIFF_WRITE_PATTERNS") != "1":
        return
    kept = {k: _stored[k] for k in _used if k in _stored}
    for key, entry in _stored.items():
        if len(kept) >= _MOST:
            break
        kept.setdefault(key, entry)
    try:
        _FOLDER.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=_FOLDER, prefix=".patterns-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(kept))
            os.chmod(temporary, 0o644)  # readable by all, as bytecode is
            os.replace(temporary, _path())
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        pass  # a read-only install: compile at every start, as before
