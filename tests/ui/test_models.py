from storydiff.core.document import analyse
from storydiff.core.story import compare_documents
from storydiff.importers.base import ImportedDocument
from storydiff.library.ingest import ingest
from storydiff.library.store import Library
from storydiff.ui.differences_model import (
    DifferenceItem,
    DifferencesModel,
    items_from_differences,
    items_from_rows,
)
from storydiff.ui.library_model import LibraryModel
from storydiff.ui.notes import NotesModel


def _library(tmp_path, sample_text, revised_text) -> Library:
    library = Library.open(tmp_path / "lib.sqlite")
    for text in (sample_text, revised_text):
        ingest(library, "ISW", ImportedDocument(text, text.encode(), "text", outlet="Newsweek"))
    library.add_story("Empty story")
    return library


def test_library_model_lists_stories_with_their_versions(
    qtmodeltester, tmp_path, sample_text, revised_text
):
    library = _library(tmp_path, sample_text, revised_text)
    model = LibraryModel(library)
    qtmodeltester.check(model)
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["Empty story  (0)", "ISW  (2)"]
    story = model.index(1, 0)
    labels = [model.index(row, 0, story).data() for row in range(model.rowCount(story))]
    assert labels[0].startswith("v1 · ") and labels[0].endswith(" · Newsweek")
    assert labels[1].startswith("v2 · ") and labels[1].endswith(" · Newsweek")


def test_library_model_filtered_by_search_shows_only_matching_documents(
    qtmodeltester, tmp_path, sample_text, revised_text
):
    library = _library(tmp_path, sample_text, revised_text)
    model = LibraryModel(library)
    hits = {hit.document_id: hit.snippet for hit in library.search("Wagner")}
    model.set_matches(hits)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.rowCount(model.index(0, 0)) == 1


def test_differences_model_groups_by_kind_with_counts(qtmodeltester, sample_text, revised_text):
    pair = compare_documents([analyse(sample_text), analyse(revised_text)]).pairs[0]
    fake = [
        {
            "kind": "figure_changed",
            "old": {"text": "300,000", "start": 1, "end": 8},
            "new": {"text": "318,000", "start": 1, "end": 8},
        },
        {"kind": "source_added"},
    ]
    items = items_from_differences(fake + [d.to_dict() for d in pair.differences], pair.comparison)
    items += items_from_rows(pair.comparison)
    model = DifferencesModel()
    model.set_items(items)
    qtmodeltester.check(model)
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups[0].startswith("Figures (") and any(
        g.startswith("Text changes (4)") for g in groups
    )
    model.set_hidden({"Text changes"})
    qtmodeltester.check(model)
    assert not any(model.index(r, 0).data().startswith("Text") for r in range(model.rowCount()))


def test_notes_model_passes_the_model_tester(qtmodeltester, tmp_path, sample_text, revised_text):
    library = _library(tmp_path, sample_text, revised_text)
    document = library.documents("ISW")[0]
    note = library.add_note(document.id, "check this figure", start=0, end=7)
    model = NotesModel()
    model.set_notes([("a", note, document.text[0:7])])
    qtmodeltester.check(model)
    assert "check this figure" in model.index(0, 0).data()


def test_empty_differences_model_is_valid(qtmodeltester):
    model = DifferencesModel()
    model.set_items([DifferenceItem("Other", "x", "x", ())])
    qtmodeltester.check(model)
