"""The one way documents enter the library: analyse, tag, store (see
:mod:`storydiff.library.ingest`, where the library's transaction does it)."""

from storydiff.library.ingest import ingest, story_for

__all__ = ["ingest", "story_for"]
