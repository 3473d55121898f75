"""Stage 1: bytes to text. The decoded text is kept exactly; evidence offsets point into it."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import NotTextError, PathError, TooLargeError

DEFAULT_MAX_CHARS = 5_000_000

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, LF, VT, FF, CR; their share tells binary from text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML = re.compile(r"(?is)^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)|<(?:p|div|span|br)\b[^>]*>")


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


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). Raise NotTextError for binary data."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise NotTextError(f"cannot decode as {encoding}: {exc}") from None
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
            text, name = data.decode(guessed), guessed
        except UnicodeDecodeError:
            raise NotTextError("not text: the input contains NUL bytes") from None
    else:
        try:
            text, name = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, name = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, name = data.decode("latin-1"), "latin-1"
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        raise NotTextError("not text: the input is mostly control characters")
    return text, name


def looks_like_html(text: str) -> bool:
    """Markup must never become data: callers reject it or strip it (--html)."""
    return bool(_HTML.search(text[:20000]))


def read_source(path: str, *, encoding: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                stdin_bytes: bytes | None = None) -> tuple[str, str]:
    """Read a path (or given stdin bytes) and decode it. Errors carry a one-line message."""
    if stdin_bytes is not None:
        data = stdin_bytes
    else:
        p = Path(path)
        if not p.exists():
            raise PathError(f"{path}: no such file")
        if p.is_dir():
            raise PathError(f"{path}: is a directory, expected a file")
        try:
            size = p.stat().st_size
            if size > max_chars * 4:
                raise TooLargeError(f"{path}: {size} bytes exceeds --max-chars {max_chars}")
            data = p.read_bytes()
        except PermissionError:
            raise PathError(f"{path}: permission denied") from None
        except OSError as exc:
            raise PathError(f"{path}: {exc.strerror or exc}") from None
    text, name = decode(data, encoding)
    if len(text) > max_chars:
        raise TooLargeError(f"{path}: {len(text)} characters exceeds --max-chars {max_chars}")
    return text, name
