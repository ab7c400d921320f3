"""Make the text layer of a Qt-written PDF read as the article does.

Qt names each glyph in a font's ToUnicode map by the first character the font
maps to it; DejaVu and most fonts draw the tab and the space with one glyph,
so every space of the PDF was copied, searched and extracted as a tab. The
report holds no tabs (its text is HTML, where white space collapses), so a
glyph mapped to U+0009 is the space, and its map is corrected here.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypdf.generic import StreamObject

_CODE = rb"<[0-9A-Fa-f]+>"
_CHAR = re.compile(rb"^(\s*" + _CODE + rb"\s*)<0009>(\s*)$")
_RANGE = re.compile(rb"^(\s*(" + _CODE + rb")\s*(" + _CODE + rb")\s*)(.*)$")
TAB, SPACE = b"<0009>", b"<0020>"


def spaces_not_tabs(cmap: bytes) -> bytes:
    """A ToUnicode CMap with destinations U+0009 made U+0020 (source codes untouched)."""
    lines, section = [], None
    for line in cmap.split(b"\n"):
        word = line.strip()
        if word.endswith((b"beginbfchar", b"beginbfrange")):
            section = word.rsplit(maxsplit=1)[-1]
        elif word in (b"endbfchar", b"endbfrange"):
            section = None
        elif section == b"beginbfchar":
            line = _CHAR.sub(rb"\1<0020>\2", line)
        elif section == b"beginbfrange" and (found := _RANGE.match(line)):
            head, low, high, target = found.groups()
            if target.startswith(b"[") or (target.strip() == TAB and low == high):
                target = target.replace(TAB, SPACE)
            line = head + target
        lines.append(line)
    return b"\n".join(lines)


def fix_text_layer(path: Path) -> None:
    """Rewrite the PDF at ``path`` (atomically) with spaces, not tabs, in its text layer."""
    import pypdf  # loaded when used, not before the first window

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(path))
    changed, seen = False, set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for font in fonts.values():
            cmap = font.get_object().get("/ToUnicode")
            if cmap is None or cmap.idnum in seen:
                continue
            seen.add(cmap.idnum)
            stream: StreamObject = cmap.get_object()
            data = stream.get_data()
            fixed = spaces_not_tabs(data)
            if fixed != data:
                stream.set_data(fixed)
                changed = True
    if not changed:
        return
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with temporary.open("wb") as stream_out:
            writer.write(stream_out)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
