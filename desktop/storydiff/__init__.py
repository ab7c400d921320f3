"""StoryDiff: compare news articles across versions and outlets."""


def __getattr__(name: str) -> str:
    # The version is looked up on first use: reading package metadata costs
    # tens of milliseconds that most commands never need.
    if name != "__version__":
        raise AttributeError(f"module 'storydiff' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("storydiff")
    except metadata.PackageNotFoundError:  # running from a source tree
        version = "0.0.0+source"
    globals()["__version__"] = version
    return version
