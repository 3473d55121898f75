"""Stage 1 and 5 in-process: decoding, bounded reading, HTML detection and stripping, atomic
writes. The CLI-level behaviour of the same cases is in test_cli.py."""

from __future__ import annotations

import codecs
import io
import os
import stat
from pathlib import Path

import pytest

from article_extract.emit import to_jsonl_line, write_atomic
from article_extract.errors import NotTextError, PathError, TooLargeError
from article_extract.html import strip_html
from article_extract.reader import (
    byte_limit,
    decode,
    looks_like_html,
    read_article,
    read_bytes,
    read_limited,
    read_source,
)

TEXT = "“Queen of Tears” — Kim Soo-hyun’s drama, café scenes, €5 million.\r\nLine two.\n"
LATIN1 = "Corazón de Agave: ¡Qué éxito! Señora Muñoz, año 2024.\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by its NULs
    (TEXT.encode("cp1252"), "cp1252"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf16le-nobom",
        "cp1252"])
def test_every_encoding_gives_the_same_text(data: bytes, encoding: str) -> None:
    assert decode(data) == (TEXT, encoding)


def test_latin1_reads_as_latin1() -> None:
    assert decode(LATIN1.encode("latin-1")) == (LATIN1, "cp1252")


def test_utf8_with_a_stray_cp1252_byte_keeps_both() -> None:
    """A scraped page that mixes UTF-8 with one Windows-1252 quote: neither half is mojibake."""
    data = "Kim Soo-hyun’s “".encode() + b"\x93Way Home\x94"
    assert decode(data) == ("Kim Soo-hyun’s ““Way Home”", "utf-8+cp1252")


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    assert decode(b"caf\xe9 \x81") == ("café \x81", "cp1252")


def test_given_encoding_is_used_and_a_utf8_bom_dropped() -> None:
    assert decode(TEXT.encode("cp1252"), "cp1252") == (TEXT, "cp1252")
    assert decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8") == (TEXT, "utf-8")


def test_given_encoding_that_does_not_fit() -> None:
    with pytest.raises(NotTextError) as exc:
        decode("café".encode(), "ascii")
    assert exc.value.message == ("not text: cannot decode as ascii (byte 3: ordinal not in "
                                 "range(128))")


@pytest.mark.parametrize(("data", "message"), [
    (b"GIF89a\x01\x00\x01\x00\x00\xff\x00,", "not text: the input contains NUL bytes"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text: the input contains NUL bytes"),
    (bytes(range(1, 9)) * 50 + b"abc", "not text: binary data (control characters)"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "not text: invalid utf-16-le after its byte-order mark"),
])
def test_binary_is_not_text(data: bytes, message: str) -> None:
    with pytest.raises(NotTextError) as exc:
        decode(data)
    assert exc.value.message == message


def test_text_with_a_few_controls_is_still_text() -> None:
    text = "Kim Soo-hyun\x07 starred.\n" * 10 + "x" * 2000  # 10 in 2,240: under 1%
    assert decode(text.encode()) == (text, "utf-8")


def test_read_source_names_the_path(tmp_path: Path) -> None:
    p = tmp_path / "img.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(NotTextError) as exc:
        read_source(str(p))
    assert exc.value.message == f"{p}: not text: the input contains NUL bytes"
    assert exc.value.exit_code == 3 and exc.value.code == "not_text"


def test_path_errors(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    cases = {
        tmp_path / "missing.txt": "no such file",
        tmp_path: "is a directory, expected a file",
        loop: "cannot read: too many levels of symbolic links",
    }
    for path, reason in cases.items():
        with pytest.raises(PathError) as exc:
            read_bytes(str(path))
        assert exc.value.message == f"{path}: {reason}"
        assert (exc.value.exit_code, exc.value.code) == (2, "path")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    with pytest.raises(PathError) as exc:
        read_bytes(str(p))
    assert exc.value.message == f"{p}: permission denied"


def test_huge_file_is_refused_by_its_size_without_reading(tmp_path: Path) -> None:
    """A 50 GB sparse file: reading it whole would take minutes and all memory."""
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(50 * 2**30)
    with pytest.raises(TooLargeError) as exc:
        read_bytes(str(p), max_chars=1000)
    assert exc.value.message == (f"{p}: too large: {50 * 2**30} bytes, more than "
                                 "--max-chars 1000 allows")
    assert exc.value.exit_code == 4


class _Endless(io.RawIOBase):
    """/dev/zero as a stream that records how much was asked for."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.asked.append(size)
        return b"a" * size


def test_endless_stream_is_read_only_up_to_the_limit() -> None:
    stream = _Endless()
    with pytest.raises(TooLargeError) as exc:
        read_limited(stream, "<stdin>", 100)  # type: ignore[arg-type]
    assert stream.asked == [byte_limit(100) + 1] == [405]
    assert exc.value.message == ("<stdin>: too large: over 404 bytes, more than --max-chars "
                                 "100 allows")


def test_too_many_characters_after_decoding(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("é" * 101, encoding="utf-8")  # 202 bytes: under the byte bound
    with pytest.raises(TooLargeError) as exc:
        read_source(str(p), max_chars=100)
    assert exc.value.message == f"{p}: too large: 101 characters, more than --max-chars 100"
    assert read_source(str(p), max_chars=101) == ("é" * 101, "utf-8")


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><title>x</title>",
    "  <html><body>Kim</body></html>",
    "<!-- saved from url -->\nKim Soo-hyun",
    "Queen of Tears<p>Kim Soo-hyun</p>",
    '<div class="a">x</div>',
])
def test_html_is_detected(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize("text", [
    "Kim <3 Ji-won",
    "if a < b and b > c",
    "one stray <br> in plain text",
    "Queen of Tears (tvN) <Netflix>",
    "<p" * 10000,  # bounded scan, and no closing '>' at all
    '<body scroll="auto">\nNIGHT HARBOR NEWS\n\n5.20.2031\nThe shoot went well.',  # a scrap
    "<html>" + " plain text" * 5000,  # a lone start tag over a long page
])
def test_plain_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


def test_strip_html_keeps_words_and_drops_markup() -> None:
    markup = ("<html><head><title>T</title><style>p{color:red}</style></head><body>"
              "<h1>Queen of Tears</h1><p>Kim <b>Soo</b>-hyun and <i>Kim</i> Ji-won"
              "<br/>star &amp; sing &amp;lt;3</p><script>var budget = '$99 million';</script>"
              "<ul><li>Way Home</li><li>Love You With All My Heart</li></ul></body></html>")
    assert strip_html(markup) == ("Queen of Tears\n\nKim Soo-hyun and Kim Ji-won\nstar & sing "
                                  "&lt;3\n\nWay Home\n\nLove You With All My Heart\n")


def test_read_article_rejects_or_strips_html(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text("<p>Queen of Tears</p><p>aired on tvN</p>", encoding="utf-8")
    with pytest.raises(NotTextError) as exc:
        read_article(str(p))
    assert exc.value.message == f"{p}: not text: looks like HTML (pass --html to extract from it)"
    assert read_article(str(p), html=True) == "Queen of Tears\n\naired on tvN\n"
    assert read_article(str(p), html_all=True) == "Queen of Tears\n\naired on tvN\n"


def test_read_article_from_stdin() -> None:
    stream = io.BytesIO(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))
    assert read_article(None, stdin=stream) == TEXT


def test_write_atomic_respects_umask_and_leaves_no_temp(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "sub" / "a.json", "{}\n")
    finally:
        os.umask(old)
    target = tmp_path / "sub" / "a.json"
    assert target.read_text() == "{}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.json"]


def test_write_atomic_into_a_device_writes_through(tmp_path: Path) -> None:
    write_atomic(os.devnull, "{}\n")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_write_atomic_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path, "{}\n")
    assert list(tmp_path.iterdir()) == []


def test_jsonl_line_escapes_unicode_line_separators() -> None:
    line = to_jsonl_line({"t": "a\u2028b\u2029c\nd 김수현"})
    assert line == '{"t":"a\\u2028b\\u2029c\\nd 김수현"}\n'
    assert len(line.splitlines()) == 1
