"""The Qt-free core: text model, alignment, word diff, tagging and comparison.

Nothing in this package imports Qt, SQLite or the network.
"""
