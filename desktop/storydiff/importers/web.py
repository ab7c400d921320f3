"""Fetch a page over HTTP(S) with limits on time, size and redirects, and import it."""

from __future__ import annotations

import dataclasses
import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from storydiff import __version__
from storydiff.core.progress import CancelCheck
from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.deadline import handlers as bounded_handlers
from storydiff.importers.html import extract_html
from storydiff.importers.office import pdf_document
from storydiff.importers.text import MEGABYTE, decode, size_text

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 20 * MEGABYTE
DEFAULT_MAX_REDIRECTS = 5
USER_AGENT = f"Mozilla/5.0 (compatible; StoryDiff/{__version__}; news comparison)"

_CHUNK = 64 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAYWALL_MARKERS = (
    "paywall",
    "subscribe to continue",
    "subscribe to read",
    "subscribers only",
    "subscriber-only",
    "already a subscriber",
    "to continue reading",
    '"isaccessibleforfree": false',
    '"isaccessibleforfree":false',
    '"isaccessibleforfree":"false"',
)
_PAYWALL_SHORT = 1200  # characters: below this a paywall marker means a teaser


@dataclass(frozen=True)
class Response:
    """A fetched body with where it finally came from and what it claims to be."""

    url: str
    body: bytes
    content_type: str
    retrieved: datetime
    # For conditional requests (watching): the validators sent, and 304 "not modified".
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand redirects back to :func:`fetch`, which checks every hop itself."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def check_url(url: str) -> str:
    """Refuse anything but an absolute http(s) address."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise InputError(
            f"{url}: only http and https addresses can be fetched (this one has {shown})"
        )
    if not parts.hostname:
        raise InputError(f"{url}: the address has no host name")
    return url.strip()


def ascii_url(url: str) -> str:
    """An address HTTP can carry: international host names and paths encoded."""
    parts = urllib.parse.urlsplit(url)
    try:
        host = parts.hostname.encode("idna").decode("ascii") if parts.hostname else ""
    except UnicodeError:
        raise InputError(f"{url}: the host name is not valid") from None
    netloc = host + (f":{parts.port}" if parts.port else "")
    if parts.username:
        raise InputError(f"{url}: addresses with a user name or password are not supported")
    safe = "/%:@!$&'()*+,;=-._~"
    return urllib.parse.urlunsplit(
        (
            parts.scheme,
            netloc,
            urllib.parse.quote(parts.path, safe=safe),
            urllib.parse.quote(parts.query, safe=safe + "?"),
            "",
        )
    )


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    cancelled: CancelCheck | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """GET a URL, following at most ``max_redirects`` http(s) redirects.

    ``timeout`` bounds the whole fetch, every hop from its connection to the last
    byte; ``cancelled()`` returning true stops it within a fraction of a second
    (:class:`~storydiff.core.progress.Cancelled`). ``headers`` are sent with every
    request (``If-None-Match``, ``If-Modified-Since``); a 304 answer gives an empty
    response with ``not_modified`` set.
    """
    deadline = time.monotonic() + timeout
    seen = [check_url(url)]
    while True:
        status, answer, body = _get(
            seen[-1], deadline, timeout, max_bytes, cancelled, headers or {}
        )
        if status not in _REDIRECTS:
            return Response(
                seen[-1],
                body,
                answer.get_content_type(),
                datetime.now(UTC),
                etag=answer.get("ETag", ""),
                last_modified=answer.get("Last-Modified", ""),
                not_modified=status == 304,
            )
        seen.append(_next_hop(seen, answer.get("Location"), max_redirects))


def _next_hop(seen: list[str], location: str | None, max_redirects: int) -> str:
    if not location:
        raise InputError(f"{seen[0]}: the site sent a redirect without a destination")
    target = urllib.parse.urljoin(seen[-1], location)
    if urllib.parse.urlsplit(target).scheme.lower() not in ("http", "https"):
        raise InputError(f"{seen[0]}: the site redirects to a non-web address ({target})")
    if target in seen:
        raise InputError(f"{seen[0]}: the site redirects in a loop")
    if len(seen) > max_redirects:
        raise InputError(f"{seen[0]}: too many redirects (more than {max_redirects})")
    return target


def _get(
    url: str,
    deadline: float,
    timeout: float,
    max_bytes: int,
    cancelled: CancelCheck | None,
    extra: dict[str, str],
) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request: status, headers and (for non-redirects) the body, all within limits."""
    opener = urllib.request.build_opener(_NoRedirects(), *bounded_handlers(deadline, cancelled))
    try:
        request = urllib.request.Request(
            ascii_url(url), headers={"User-Agent": USER_AGENT, "Accept": "*/*", **extra}
        )
        response = opener.open(request, timeout=max(0.01, deadline - time.monotonic()))
    except urllib.error.HTTPError as error:
        if error.code in _REDIRECTS or error.code == 304:
            return error.code, error.headers, b""
        raise InputError(_status_message(url, error.code)) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        raise InputError(_network_message(url, error, timeout)) from None
    with response:
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise InputError(_too_big(url, max_bytes))
        body = _read(response, url, deadline, timeout, max_bytes)
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        return response.status, response.headers, _inflate(body, encoding, url, max_bytes)


def _inflate(body: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """Undo gzip/deflate that a server applied unasked, within the size limit."""
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return body
    window = zlib.MAX_WBITS | 32 if encoding != "deflate" else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(window)
        plain = inflater.decompress(body, max_bytes + 1)
    except zlib.error:
        raise InputError(f"{url}: the site sent a damaged compressed page") from None
    if len(plain) > max_bytes:
        raise InputError(_too_big(url, max_bytes))
    return plain


def _read(response: object, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        # read1: what has arrived (one receive), so a server dripping bytes
        # cannot hold one read open past the deadline
        while chunk := response.read1(_CHUNK):  # type: ignore[attr-defined]
            size += len(chunk)
            if size > max_bytes:
                raise InputError(_too_big(url, max_bytes))
            if time.monotonic() > deadline:
                raise InputError(f"{url}: the site did not answer within {timeout:g} seconds")
            chunks.append(chunk)
    except (OSError, http.client.HTTPException) as error:
        raise InputError(_network_message(url, error, timeout)) from None
    if getattr(response, "length", None):  # bytes still owed by the declared length
        raise InputError(f"{url}: the page could not be fetched (the connection closed early)")
    return b"".join(chunks)


def _too_big(url: str, max_bytes: int) -> str:
    return f"{url}: the page is bigger than the limit of {size_text(max_bytes)}"


def _status_message(url: str, code: int) -> str:
    if code in (404, 410):
        return f"{url}: page not found (HTTP {code}); the link may be dead"
    if code in (401, 402, 403):
        return f"{url}: the site refused access (HTTP {code}); it may need a login or subscription"
    if code == 429:
        return f"{url}: the site is limiting requests (HTTP 429); try again later"
    if code >= 500:
        return f"{url}: the site had an error (HTTP {code}); try again later"
    return f"{url}: the site answered HTTP {code}"


def _network_message(url: str, error: BaseException, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{url}: the site did not answer within {timeout:g} seconds"
    if isinstance(reason, socket.gaierror):
        return f"{url}: the site's name could not be found (no such host, or no network)"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: the site refused the connection (nothing is listening there)"
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return f"{url}: the secure connection failed ({reason})"
    return f"{url}: the page could not be fetched ({reason})"


def fetch_url(
    url: str,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    force: bool = False,
    cancelled: CancelCheck | None = None,
) -> ImportedDocument:
    """Fetch an article by its address and import it (HTML, PDF or plain text).

    An address typed without a scheme (``www.example.com/story``) means https. A page
    that looks like a paywall teaser raises :class:`PaywallSuspected` unless ``force``.
    """
    url = with_scheme(url)
    response = fetch(
        url,
        timeout=timeout,
        max_bytes=max_bytes,
        max_redirects=max_redirects,
        cancelled=cancelled,
    )
    return article_from_response(response, name=url, force=force)


def article_from_response(
    response: Response, *, name: str, force: bool = False
) -> ImportedDocument:
    """Import a fetched article as ``fetch_url`` does: paywall teasers are refused
    unless ``force``."""
    document = document_from_response(response, name=name, method="url")
    if not force and document.method == "url" and response.content_type in _HTML_TYPES:
        check_paywall(document, name=name)
    return document


def document_from_response(response: Response, *, name: str, method: str) -> ImportedDocument:
    """Import a fetched body according to its content type."""
    kind = response.content_type
    if kind in _HTML_TYPES or (kind == "text/plain" and _looks_like_html(response.body)):
        document = extract_html(response.body, name=name, url=response.url, method=method)
    elif kind == "application/pdf":
        document = pdf_document(response.body, name=name, url=response.url)
    elif kind == "text/plain":
        text, _ = decode(response.body, name)
        document = ImportedDocument(text=text, raw=response.body, method=method, url=response.url)
    else:
        raise InputError(f"{name}: not a web page or document (the site sent {kind})")
    host = urllib.parse.urlsplit(response.url).hostname or ""
    return dataclasses.replace(
        document,
        method=method,
        outlet=document.outlet or host.removeprefix("www."),
        retrieved=response.retrieved,
        extra={**document.extra, "content_type": kind},
    )


def _looks_like_html(body: bytes) -> bool:
    return body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))


class PaywallSuspected(InputError):
    """The page looks like a paywall teaser; the caller may import it anyway (``force``)."""


def check_paywall(document: ImportedDocument, *, name: str) -> None:
    """Doubt a teaser: very short text on a page with paywall markers, or a tiny share of it.

    A warning, not a verdict: a short free article with a newsletter box looks the same.
    """
    page = document.raw.decode("utf-8", "replace").lower()
    marked = any(marker in page for marker in _PAYWALL_MARKERS)
    page_chars = int(document.extra.get("page_chars", "0") or 0)
    tiny = len(document.text) < 300 and page_chars > 10 * len(document.text)
    if (marked and len(document.text) < _PAYWALL_SHORT) or tiny:
        raise PaywallSuspected(
            f"{name}: the page may be behind a paywall (only {len(document.text)} "
            "characters of article text). If the article is free, import it anyway; "
            "if not, save the page from a logged-in browser and import the file"
        )


def with_scheme(url: str) -> str:
    """``www.example.com/story`` → ``https://www.example.com/story``; other addresses as typed."""
    url = url.strip()
    head = url.split("/", 1)[0]
    if "://" not in url and "." in head and not head.lower().startswith(("data:", "mailto:")):
        return f"https://{url}"
    return url
