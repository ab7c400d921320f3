"""Export a story to a folder or zip and import it into another library, losslessly."""

from __future__ import annotations

import json
import zipfile

import pytest
from library_samples import TEXT, at, make_doc, make_tags

from storydiff.errors import LibraryError
from storydiff.library import Library


@pytest.fixture
def filled(library):
    """A story with two versions (one PDF-like binary), tags and notes."""
    first = library.add_document(
        "Mobilization",
        make_doc(published=at(17, 9), author="Brendan Cole", extra={"lang": "en"}),
        make_tags(),
    )
    second_text = TEXT.replace("Tuesday", "Monday") + "\n\nÉtat-major: «non»."
    second = library.add_document(
        "Mobilization",
        make_doc(second_text, raw=bytes(range(256)) * 4, method="pdf", published=at(17, 15)),
        make_tags(second_text),
    )
    library.add_note(first.id, "Figure from ISW", 20, 34, author="ana")
    library.add_note(second.id, "softened", difference="row-3", author="ben")
    library.add_document("Other story", make_doc("unrelated"))
    return library


def everything(library: Library, story: str) -> list[tuple]:
    """All a story holds, ids aside: documents, raw bytes, tags and notes."""
    result = [(library.story(story).name, library.story(story).created)]
    for doc in library.documents(story):
        fields = {k: v for k, v in vars(doc).items() if k not in {"id", "story_id"}}
        notes = [
            {k: v for k, v in vars(n).items() if k not in {"id", "document_id"}}
            for n in library.notes(doc.id)
        ]
        result.append((fields, library.raw_bytes(doc.id), library.tags(doc.id), notes))
    return result


@pytest.mark.parametrize("name", ["story.zip", "story-folder"])
def test_round_trip_into_another_library_is_lossless(filled, tmp_path, name):
    written = filled.export_story("Mobilization", tmp_path / name)
    with Library.open(tmp_path / "other.sqlite") as other:
        story = other.import_archive(written)
        assert story.document_count == 2
        assert everything(other, "Mobilization") == everything(filled, "Mobilization")
        assert [s.name for s in other.stories()] == ["Mobilization"]


def test_importing_the_same_archive_twice_adds_nothing(filled, tmp_path):
    written = filled.export_story("Mobilization", tmp_path / "story.zip")
    with Library.open(tmp_path / "other.sqlite") as other:
        other.import_archive(written)
        before = everything(other, "Mobilization")
        other.import_archive(written)
        assert everything(other, "Mobilization") == before


def test_folder_export_is_readable_without_storydiff(filled, tmp_path):
    folder = filled.export_story("Mobilization", tmp_path / "out")
    manifest = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    first = manifest["documents"][0]
    assert (folder / first["text_file"]).read_text(encoding="utf-8") == TEXT
    assert first["tags"]["sources"][0]["name"] == "ISW"
    assert manifest["documents"][1]["raw_file"].endswith(".pdf")


def test_export_never_overwrites(filled, tmp_path):
    (tmp_path / "taken.zip").write_bytes(b"precious")
    with pytest.raises(LibraryError, match="already exists"):
        filled.export_story("Mobilization", tmp_path / "taken.zip")
    assert (tmp_path / "taken.zip").read_bytes() == b"precious"


def test_damaged_archive_is_refused_before_anything_is_written(filled, tmp_path):
    written = filled.export_story("Mobilization", tmp_path / "out")
    text_file = json.loads((written / "story.json").read_text())["documents"][1]["text_file"]
    (written / text_file).write_text("tampered", encoding="utf-8")
    with Library.open(tmp_path / "other.sqlite") as other:
        with pytest.raises(LibraryError, match="damaged"):
            other.import_archive(written)
        assert other.stories() == []


def test_a_zip_that_is_not_a_story_is_refused(tmp_path, library):
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("cat.jpg", b"...")
    with pytest.raises(LibraryError, match="not a StoryDiff story archive"):
        library.import_archive(path)


def test_manifest_cannot_reach_outside_its_folder(filled, tmp_path):
    written = filled.export_story("Mobilization", tmp_path / "out")
    manifest = json.loads((written / "story.json").read_text())
    manifest["documents"][0]["raw_file"] = "../../etc/passwd"
    (written / "story.json").write_text(json.dumps(manifest))
    with Library.open(tmp_path / "other.sqlite") as other, pytest.raises(LibraryError):
        other.import_archive(written)


@pytest.mark.parametrize("name", ["story.zip", "story-folder"])
def test_text_file_whose_bytes_differ_from_its_text_round_trips(library, tmp_path, name):
    # A Windows-1252 .txt file: the raw bytes are not the UTF-8 text, yet both
    # would be written to documents/0001.txt.
    text = "Café owners said prices rose."
    library.add_document("Prices", make_doc(text, raw=text.encode("cp1252"), method="text"))
    written = library.export_story("Prices", tmp_path / name)
    with Library.open(tmp_path / "other.sqlite") as other:
        other.import_archive(written)
        assert everything(other, "Prices") == everything(library, "Prices")


def test_story_named_like_another_storys_id_is_imported_under_its_own_name(library, tmp_path):
    library.add_document("2", make_doc("Second story text."))
    written = library.export_story("2", tmp_path / "out")
    with Library.open(tmp_path / "other.sqlite") as other:
        other.add_document("Ukraine", make_doc("Ukraine text."))
        other.add_document("Gaza", make_doc("Gaza text."))  # story id 2
        other.import_archive(written)
        assert [s.name for s in other.stories()] == ["2", "Gaza", "Ukraine"]
        assert other.story("Gaza").document_count == 1
