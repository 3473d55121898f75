"""Stage 1: bytes to text. The decoded text is kept exactly (no newline or Unicode
normalization), because every evidence offset points into it.

Reading is bounded: no encoding we detect needs more than 4 bytes per character, so a file (or
stdin) longer than `4 * max_chars + 4` bytes is rejected before it is read whole, and nothing
longer than that is ever held in memory."""

from __future__ import annotations

import codecs
import os
import re
import stat
from itertools import islice
from typing import TYPE_CHECKING, BinaryIO

from .errors import NotTextError, PathError, TooLargeError

if TYPE_CHECKING:
    from .html import Page

DEFAULT_MAX_CHARS = 5_000_000
MAX_BYTES_PER_CHAR = 4
STDIN_NAME = "<stdin>"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with that one's
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, LF, VT, FF, CR; their share tells binary from text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_SHARE = 0.01
# A valid multi-byte UTF-8 sequence: its presence next to invalid bytes means a file mixes
# UTF-8 with Windows-1252, not that it is Windows-1252 throughout.
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# HTML: a document start, or markup of common elements. Bounded `[^<>]{0,500}` so a stray
# '<p' in plain text costs a bounded scan, not one to the end of the sample.
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<!--)", re.I)
_ANY_TAG = re.compile(r"</?[A-Za-z][\w-]{0,30}(?:\s[^<>]{0,500})?/?>")
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|br|a|li|ul|ol|table|tr|td|th|h[1-6]|img|script|style|meta|link|article|"
    r"section|header|footer|nav|strong|em|b|i|u|blockquote|figure|figcaption|iframe)\b[^<>]{0,500}>",
    re.I)
_HTML_SAMPLE = 20_000


def _cp1252_or_latin1(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: a byte that is not valid UTF-8 (or not defined in Windows-1252)
    becomes its Windows-1252 character, or its Latin-1 one for the five bytes 1252 leaves out."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    byte = exc.object[exc.start : exc.start + 1]
    try:
        return byte.decode("cp1252"), exc.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), exc.start + 1


codecs.register_error("article_extract.cp1252", _cp1252_or_latin1)


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs in every other byte of ASCII-heavy text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0) / (len(data) / 2)
    odd = data[1::2].count(0) / (len(data) / 2)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), name
            except UnicodeDecodeError:
                raise NotTextError(f"not text: invalid {name} after its byte-order mark") from None
    if b"\x00" in data:
        guessed = _guess_utf16(data)
        if guessed is None:
            raise NotTextError("not text: the input contains NUL bytes")
        try:
            return data.decode(guessed), guessed
        except UnicodeDecodeError:
            raise NotTextError("not text: the input contains NUL bytes") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTI.search(data):
        return data.decode("utf-8", errors="article_extract.cp1252"), "utf-8+cp1252"
    return data.decode("cp1252", errors="article_extract.cp1252"), "cp1252"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding): the BOM's encoding, UTF-16 by its NULs, UTF-8, then
    Windows-1252 (which reads Latin-1 text identically), unless `encoding` is given.
    Raise NotTextError (message without the path) for binary data."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
            if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8) :]  # same text as a detected UTF-8 BOM file
            text, name = data.decode(encoding), encoding
        except LookupError:
            raise NotTextError(f"not text: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise NotTextError(f"not text: cannot decode as {encoding} "
                               f"(byte {exc.start}: {exc.reason})") from None
    else:
        text, name = _detect(data)
    if "\x00" in text:
        raise NotTextError("not text: the input contains NUL characters")
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _CONTROL_SHARE:
        raise NotTextError("not text: binary data (control characters)")
    return text, name


def looks_like_html(text: str) -> bool:
    """Markup must never become data: callers reject it or strip it (--html). A document
    start counts, or two tags of common elements (one '<br>' in plain text does not)."""
    sample = text[:_HTML_SAMPLE]
    start = _HTML_START.match(sample)
    if start and (start.group(0).lstrip()[:2] == "<!" or _ANY_TAG.search(sample, start.end())):
        return True  # a doctype, a comment, or a start tag with more markup after it (a lone
        # '<body scroll="auto">' line left by a scraper over plain text is no document)
    return sum(1 for _ in islice(_HTML_TAG.finditer(sample), 2)) == 2


def byte_limit(max_chars: int) -> int:
    """More bytes than this cannot decode to `max_chars` characters or fewer (plus a BOM)."""
    return max_chars * MAX_BYTES_PER_CHAR + MAX_BYTES_PER_CHAR


def _too_large_bytes(name: str, size: int | None, max_chars: int) -> TooLargeError:
    what = f"{size} bytes" if size is not None else f"over {byte_limit(max_chars)} bytes"
    return TooLargeError(f"{name}: too large: {what}, more than --max-chars {max_chars} allows")


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, expected a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    text = exc.strerror or str(exc) or type(exc).__name__
    return "cannot read: " + text[:1].lower() + text[1:]


def read_limited(stream: BinaryIO, name: str, max_chars: int, size: int | None = None) -> bytes:
    """Read at most the byte limit (+1 to detect more); never the whole of a huge input."""
    limit = byte_limit(max_chars)
    if size is not None and size > limit:
        raise _too_large_bytes(name, size, max_chars)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large_bytes(name, size, max_chars)
    return data


def read_bytes(path: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> bytes:
    """The file's bytes, bounded; errors name the path and the reason in one line."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if stat.S_ISDIR(st.st_mode):  # some systems let open() succeed on a directory
                raise PathError(f"{path}: is a directory, expected a file")
            size = st.st_size if stat.S_ISREG(st.st_mode) else None
            return read_limited(fh, path, max_chars, size)
    except OSError as exc:
        raise PathError(f"{path}: {_reason(exc)}") from None


def check_length(name: str, text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise TooLargeError(f"{name}: too large: {len(text)} characters, more than "
                            f"--max-chars {max_chars}")


def read_source(path: str, *, encoding: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                stdin_bytes: bytes | None = None) -> tuple[str, str]:
    """Read a path (or given stdin bytes) and decode it: (text, encoding). Every error is an
    ArticleError whose message names the path."""
    data = read_bytes(path, max_chars=max_chars) if stdin_bytes is None else stdin_bytes
    try:
        text, name = decode(data, encoding)
    except NotTextError as exc:
        raise NotTextError(f"{path}: {exc.message}") from None
    check_length(path, text, max_chars)
    return text, name


def read_input(path: str | None, *, encoding: str | None = None,
               max_chars: int = DEFAULT_MAX_CHARS, html: bool = False, html_all: bool = False,
               stdin: BinaryIO | None = None) -> Page:
    """What the pipeline gets for one input (`path` None: read `stdin`): decoded, bounded, and
    HTML either turned into text (`html`: the main content, with the page's metadata date;
    `html_all`: every visible text) or rejected, so tags never reach the extractors as data."""
    from .html import Page, main_content, strip_html

    name = STDIN_NAME if path is None else path
    stdin_bytes = None
    if path is None:
        if stdin is None:
            raise PathError(f"{name}: no standard input")
        stdin_bytes = read_limited(stdin, name, max_chars)
    text, _ = read_source(name, encoding=encoding, max_chars=max_chars, stdin_bytes=stdin_bytes)
    if html_all:
        return Page(strip_html(text))
    if html:
        return main_content(text)
    if looks_like_html(text):
        raise NotTextError(f"{name}: not text: looks like HTML (pass --html to extract from it)")
    return Page(text)


def read_article(path: str | None, *, encoding: str | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS, html: bool = False, html_all: bool = False,
                 stdin: BinaryIO | None = None) -> str:
    """The text of `read_input`."""
    return read_input(path, encoding=encoding, max_chars=max_chars, html=html,
                      html_all=html_all, stdin=stdin).text
