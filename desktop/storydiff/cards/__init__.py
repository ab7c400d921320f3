"""Shareable cards: one reuse finding or one difference as a PNG with alt text."""
