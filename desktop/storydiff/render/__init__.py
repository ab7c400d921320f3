"""Presenters of comparisons: JSON contract and terminal text (Qt-free)."""
