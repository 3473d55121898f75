"""article_extract: entertainment-news articles to evidence-backed structured JSON.

    from article_extract import extract, extract_many
    article = extract(text)                 # an Article (Pydantic model); the model loads once
    for article in extract_many(texts, workers=2): ...

The names load lazily, so `import article_extract` (and the pytest plugin it registers) does not
import spaCy until extraction is actually asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .version import __version__

__all__ = ["Article", "__version__", "extract", "extract_many"]

if TYPE_CHECKING:
    from .api import extract, extract_many
    from .models import Article


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_many"):
        from . import api

        return getattr(api, name)
    if name == "Article":
        from .models import Article

        return Article
    raise AttributeError(f"module 'article_extract' has no attribute {name!r}")
