"""Errors a user can cause, with messages a journalist understands.

The CLI and the UI show ``str(error)``; they never show a traceback for these.
"""


class StoryDiffError(Exception):
    """Base class of every error the app reports to the user."""


class InputError(StoryDiffError):
    """A file, URL or text could not be read or understood."""


class LibraryError(StoryDiffError):
    """The story library could not be opened, read or written."""
