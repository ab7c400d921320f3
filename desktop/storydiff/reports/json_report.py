"""The JSON report: the ``compare --json`` contract (docs/compare-json.md) with a
``report`` header added, so any tool that reads ``compare --json`` reads this too."""

from __future__ import annotations

import json
from typing import Any

from storydiff.render.reuse_out import reuse_to_dict
from storydiff.reports.model import Report


def report_to_dict(report: Report) -> dict[str, Any]:
    """The contract's fields, unchanged, plus ``report`` (provenance, app, date, notes)
    and ``reuse`` (the ``reuse --json`` contract, docs/reuse-json.md)."""
    found = {"reuse": reuse_to_dict(report.reuse)} if report.reuse is not None else {}
    return {**report.data, "report": report.header(), **found}


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=1) + "\n"
