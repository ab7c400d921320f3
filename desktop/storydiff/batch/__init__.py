"""``storydiff batch``: compare the versions of many stories on a Dask cluster.

An optional extra (``pip install "storydiff[batch]"``: dask.distributed and
pyarrow); the desktop app neither imports nor ships it. See ``docs/batch.md``.
"""
