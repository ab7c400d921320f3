"""Reports a fact-checker can publish: HTML, PDF, Markdown, JSON and CSV.

:func:`~storydiff.reports.model.build_report` turns a story's analysis into one
:class:`~storydiff.reports.model.Report`; each format module only writes it out.
"""
