"""Versions of the rules: a hash of the code (and data) that decides a result.

Stored tags are valid for the tagger that made them, stored comparisons for the
core that made them; both are keyed on these hashes rather than on the app
version, so a rule change invalidates exactly what it must. Each is computed
once per process from the modules' source text, or from their compiled code
where the sources are absent (the packaged binary).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import marshal
import pkgutil
from pathlib import Path
from types import CodeType

from storydiff import __version__

TAGGER = "storydiff.core.tagging"
CORE = "storydiff.core"
SKIPPED = {".pyc", ".pyo"}  # caches of the sources, not rules (as is all of __pycache__)


@functools.cache
def package_version(package: str) -> str:
    """A short hash of every module of ``package`` (and its subpackages) and their data."""
    digest = hashlib.sha256()
    folder = Path(importlib.import_module(package).__file__ or "").parent
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix not in SKIPPED and "__pycache__" not in p.parts
    )
    if (folder / "__init__.py").is_file():  # installed from source: the files' bytes
        for path in files:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    else:  # frozen: the compiled code of each module
        for name in sorted(_module_names(package)):
            digest.update(name.encode() + b"\0" + _module_bytes(name) + b"\0")
    return digest.hexdigest()[:16]


def tagger_version() -> str:
    """The version of the tagging rules and lexicon: stored tags are valid for it only."""
    return package_version(TAGGER)


def core_version() -> str:
    """The version of the whole core (text, alignment, diff, tagging): what a stored
    comparison is valid for."""
    return package_version(CORE)


def _module_names(package: str) -> list[str]:
    module = importlib.import_module(package)
    names = [package]
    for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
        names.append(info.name)
    return names


def _module_bytes(name: str) -> bytes:
    """The module's source, else its compiled code, else (neither readable) the app version."""
    spec = importlib.util.find_spec(name)
    loader = spec.loader if spec else None
    if loader is None:
        return __version__.encode()
    try:
        source = loader.get_source(name)  # type: ignore[union-attr]
    except (ImportError, OSError, AttributeError):
        source = None
    if source is not None:
        return source.encode("utf-8")
    try:
        code = loader.get_code(name)  # type: ignore[union-attr]
    except (ImportError, OSError, AttributeError):
        code = None
    return marshal.dumps(_portable(code)) if code is not None else __version__.encode()


def _portable(code: CodeType) -> CodeType:
    """``code`` without the file name it was compiled from (which says where it was
    built, not what it does), in its nested functions and classes too."""
    consts = tuple(_portable(c) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename="", co_consts=consts)
