"""Shared fixtures: one spaCy model per test session (the pipeline caches it), and the seed."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from article_extract import extract
from article_extract.emit import to_json

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "article.txt"

Run = Callable[..., dict[str, Any]]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def run() -> Run:
    """Extract a text and return the JSON document as a consumer sees it."""

    def _run(text: str, reference_date: date | None = None) -> dict[str, Any]:
        return json.loads(to_json(extract(text, reference_date=reference_date)))

    return _run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed(seed_text: str) -> dict[str, Any]:
    return json.loads(to_json(extract(seed_text, source_path="corpus/article.txt")))


def evidence_spans(obj: Any) -> list[dict[str, Any]]:
    """Every evidence object ({start, end, text}) in a document, in document order."""
    if isinstance(obj, dict):
        if set(obj) == {"start", "end", "text"}:
            return [obj]
        return [s for v in obj.values() for s in evidence_spans(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in evidence_spans(v)]
    return []
