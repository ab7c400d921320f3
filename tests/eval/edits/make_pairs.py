"""Write the revision pairs of a spec as files: NAME.old.txt, NAME.new.txt and
NAME.edits.json (the expectation format of check_edits.py). Runs no classifier.

    python tests/eval/edits/make_pairs.py              # pairs.json -> pairs/
    python tests/eval/edits/make_pairs.py heldout      # heldout.json -> heldout/
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def apply(text: str, edits: list[list[str]], name: str) -> str:
    for before, after in edits:
        if text.count(before) != 1:
            raise SystemExit(f"{name}: {before[:40]!r} is not in the text exactly once")
        text = text.replace(before, after)
    return text


def main() -> None:
    spec_name = sys.argv[1] if len(sys.argv) > 1 else "pairs"
    spec = json.loads((HERE / f"{spec_name}.json").read_text(encoding="utf-8"))
    out = HERE / spec_name
    out.mkdir(exist_ok=True)
    for pair in spec["pairs"]:
        name = pair["name"]
        base = (HERE / "articles" / f"{pair['base']}.txt").read_text(encoding="utf-8")
        old = apply(base, pair.get("old_edits", []), name)
        new = apply(base, pair.get("new_edits", []), name)
        (out / f"{name}.old.txt").write_text(old, encoding="utf-8")
        (out / f"{name}.new.txt").write_text(new, encoding="utf-8")
        expect = {"old": f"{name}.old.txt", "new": f"{name}.new.txt", "rows": pair["rows"],
                  "corrections": pair["corrections"]}  # fmt: skip
        (out / f"{name}.edits.json").write_text(json.dumps(expect, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
