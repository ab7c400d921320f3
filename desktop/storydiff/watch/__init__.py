"""Watch articles and feeds: check them on a schedule and store meaningful new versions.

:mod:`.check` makes one check, :mod:`.run` claims due watches and paces hosts,
:mod:`.schedule` turns intervals and failures into the next check time.
"""
