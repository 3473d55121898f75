"""article_extract: entertainment-news articles to evidence-backed structured JSON."""

from __future__ import annotations

__version__ = "0.1.0"

from .models import Article
from .pipeline import extract, extract_many

__all__ = ["Article", "__version__", "extract", "extract_many"]
