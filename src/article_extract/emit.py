"""Stage 5: emit. UTF-8 JSON, indent 2, no ASCII escaping, the models' field order, so the
bytes are identical across runs; files are replaced atomically so no reader (and no crash,
not even SIGKILL) ever sees half a document."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ArticleError
from .models import Article


def to_json(article: Article) -> str:
    return json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def to_jsonl_line(obj: dict[str, Any]) -> str:
    """One compact line. U+2028/U+2029 are escaped: valid raw in JSON, but line breaks to
    `str.splitlines()` and to JavaScript, which would cut a record in two."""
    line = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def article_line(article: Article) -> str:
    return to_jsonl_line(article.model_dump(mode="json"))


def error_record(source: str | None, error: ArticleError) -> dict[str, Any]:
    """A failed article in a JSONL batch; `source.path` is where a success record has it."""
    return {"source": {"path": source}, "error": {"code": error.code, "message": error.message}}


@cache
def _file_mode() -> int:
    """What `open()` would create under the current umask; mkstemp's 0600 would otherwise
    leak into every output file."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | Path, data: str, *, fsync: bool = True) -> None:
    """Write to a temporary file in the same folder, (fsync,) then rename over the target.
    A target that exists and is not a regular file (/dev/null, a FIFO) is written in place:
    renaming over it would replace the device, not write to it."""
    target = Path(path)
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "is a directory", str(target))
    if st is not None and not stat.S_ISREG(st.st_mode):
        with open(target, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, _file_mode())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
