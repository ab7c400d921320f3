"""The JSON report: the ``compare --json`` contract (docs/compare-json.md) with a
``report`` header added, so any tool that reads ``compare --json`` reads this too."""

from __future__ import annotations

import json
from typing import Any

from storydiff.render.reuse_out import reuse_to_dict
from storydiff.reports.model import Report


def report_to_dict(report: Report) -> dict[str, Any]:
    """The contract's fields, unchanged, plus ``report`` (provenance, app, date, notes),
    ``facts`` (the ``facts --json`` contract, docs/facts-json.md) and ``reuse`` (the
    ``reuse --json`` contract, docs/reuse-json.md) for two or more documents."""
    facts = {"facts": report.facts.to_dict()} if report.facts is not None else {}
    found = {"reuse": reuse_to_dict(report.reuse)} if report.reuse is not None else {}
    return {**report.data, "report": report.header(), **facts, **found}


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=1) + "\n"
