"""The record every importer returns (it lives in the core: the library stores it too)."""

from storydiff.core.imported import ImportedDocument

__all__ = ["ImportedDocument"]
