"""The application services the CLI, the reports and the app share.

- :mod:`~storydiff.service.documents`: a library story's documents, analysed and
  tagged (stored tags read back when the current tagger made them);
- :mod:`~storydiff.service.comparisons`: comparing library documents, with a
  memory cache and the library's stored comparisons;
- :mod:`~storydiff.service.ingest`: documents entering the library.

Above the core and the library, below the presenters (CLI, reports, ui).
"""
