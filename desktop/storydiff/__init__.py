"""StoryDiff: compare news articles across versions and outlets."""

from importlib import metadata

try:
    __version__ = metadata.version("storydiff")
except metadata.PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+source"
