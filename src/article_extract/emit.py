"""Stage 5: emit. UTF-8 JSON, indent 2, no ASCII escaping, the models' field order, atomic."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .models import Article


def to_json(article: Article) -> str:
    return json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def to_jsonl_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_atomic(path: str | Path, data: str) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target, so a
    reader (or a crash) never sees half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
