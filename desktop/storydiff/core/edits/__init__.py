"""What kind of edit each change between two versions is, and whether the outlet said so.

:func:`~storydiff.core.edits.classify.classify_edits` labels every changed row
of a comparison; :mod:`~storydiff.core.edits.notes` finds correction notes;
:mod:`~storydiff.core.edits.metadata` compares headline, byline and the rest.
"""
