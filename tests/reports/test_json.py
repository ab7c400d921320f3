from __future__ import annotations

import json

from storydiff.core.story import compare_documents
from storydiff.render.json_out import story_to_dict
from storydiff.reports.json_report import render_json


def test_json_report_is_the_compare_contract_plus_a_header(sample_report):
    data = json.loads(render_json(sample_report))
    header = data.pop("report")
    facts = data.pop("facts")  # the facts --json contract (docs/facts-json.md)
    reuse = data.pop("reuse")  # the reuse --json contract, added
    assert [p["band_a"] for p in reuse["pairs"]] == ["wholly"]
    assert data == json.loads(json.dumps(sample_report.data))
    assert facts == json.loads(json.dumps(sample_report.facts.to_dict()))
    assert header["app_version"] == sample_report.app_version
    assert header["generated"] == "2026-01-02T03:04:00+00:00"
    assert [d["text_sha256"] for d in header["documents"]] == [
        d.text_sha256 for d in sample_report.documents
    ]
    assert header["notes"][0]["body"] == "Number changed <b>silently</b>"


def test_json_report_data_is_what_compare_json_prints(sample_inputs, sample_report):
    documents, _ = sample_inputs
    assert sample_report.data == story_to_dict(compare_documents(documents, [(0, 1)]))


def test_hostile_text_survives_json_round_trip(hostile_report):
    data = json.loads(render_json(hostile_report))
    assert data["report"]["story"] == "<script>alert(0)</script> # Story"
    assert data["report"]["notes"][0]["body"].startswith("</td><script>")
