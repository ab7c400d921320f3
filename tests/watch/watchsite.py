"""Pages of the sample article as a watched site serves them, with changing furniture."""

from __future__ import annotations

from storydiff.paths import resource

SAMPLE = resource("samples", "newsweek-2023-01-17-isw-mobilization.txt").read_text("utf-8")
PARAGRAPHS = [line for line in SAMPLE.splitlines()[1:22] if line.strip()]


def article_page(
    paragraphs: list[str] | None = None,
    *,
    title: str = "Putin may announce second mobilization, ISW says",
    stamp: str = "Updated Jan 17, 2023 at 10:32 AM EST",
    views: str = "1,204",
) -> str:
    """The article with a header timestamp, a view counter and a footer, like a news site."""
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    return f"""<!doctype html><html><head><title>{title}</title>
<meta property="article:published_time" content="2023-01-17T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><p class="stamp">{stamp}</p><span class="views">{views} views</span></header>
<article><h1>{title}</h1>
{body}
</article>
<footer><p>Copyright 2023 Example News. All rights reserved.</p></footer></body></html>"""


def revised(old: str, new: str) -> list[str]:
    """The sample's paragraphs with one edit."""
    assert any(old in p for p in PARAGRAPHS), old
    return [p.replace(old, new) for p in PARAGRAPHS]
