"""Benchmarks that print figures: ``python -m storydiff.bench NAME``.

Each benchmark is a module in this package with a ``main(argv) -> int``.
"""
