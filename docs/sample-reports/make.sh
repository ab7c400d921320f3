#!/bin/sh
# Remake the sample reports from the bundled story, as a library story with one note.
# Usage: PYTHON=.venv/bin/python docs/sample-reports/make.sh   (pdftoppm renders the PDF pages)
set -e
cd "$(dirname "$0")"
python=${PYTHON:-python3}
library=$(mktemp -d)/samples.sqlite
story="ISW: Putin may announce a second mobilization (Newsweek, 17 January 2023)"
"$python" - "$library" "$story" <<'PY'
import sys
from storydiff.importers import load_path
from storydiff.library import Library

library_path, story = sys.argv[1:]
sample = "../../resources/samples/newsweek-2023-01-17-isw-mobilization"
with Library.open(library_path) as library:
    library.add_document(story, load_path(f"{sample}.txt"))
    revised = library.add_document(story, load_path(f"{sample}.revised.txt"))
    start = revised.text.index("318,000")
    library.add_note(
        revised.id,
        "Sample note: the troop figure changed between versions; check it against the ISW report.",
        start=start,
        end=start + len("318,000"),
        author="Fact desk",
    )
PY
for format in html pdf md json csv; do
    "$python" -m storydiff report --story "$story" --library "$library" -o "sample-report.$format"
done
rm -f "$library" sample-report-page-*.png
pdftoppm -r 100 -png sample-report.pdf sample-report-page
