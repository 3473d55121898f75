"""Test helpers that need no statistical model: a Context built from a text with the entities
and sentences a test states, and what the rules make of it. A rule's test then runs in
milliseconds and says exactly which entities it relies on; the model-backed tests stay for
the pipeline as a whole.

    ctx = make_ctx("Directed by Kim Min-ji, the drama ...", ents=[("PERSON", "Kim Min-ji")])
    facts = run_all(ctx)                 # contract.run_all: every extractor, dependency order
    rules_fired(ctx)                     # every rule id a candidate or an output item cites
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from .context import Context, Ent, Sentence, merge_abbreviation_splits, snap
from .contract import AnyExtractor, emitted, registry, run_all
from .rules import RuleSet, shipped
from .segment import segment

EntSpec = tuple[str, str] | tuple[str, int, int]
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])")


def _sentences(text: str, ctx_paragraphs: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Sentences by punctuation (a full stop, ! or ? before a capital), never across a
    paragraph; 'feat.', 'Dec. 9' and initials are mended as the model's sentences are."""
    out: list[Sentence] = []
    for start, end in ctx_paragraphs:
        spans, pos = [], start
        for m in _SENTENCE_BREAK.finditer(text, start, end):
            spans.append((pos - start, m.start() + 1 - start))
            pos = m.end()
        spans.append((pos - start, end - start))
        for s0, e0 in merge_abbreviation_splits(text[start:end], spans):
            s, e = snap(text, start + s0, start + e0)
            if e > s:
                out.append(Sentence(s, e, text[s:e]))
    return out


def _find_ents(text: str, specs: Sequence[EntSpec]) -> list[Ent]:
    found: list[Ent] = []
    cursor: dict[str, int] = {}
    for spec in specs:
        label = spec[0]
        if len(spec) == 3:
            start, end = int(spec[1]), int(spec[2])
        else:
            sub = str(spec[1])
            start = text.find(sub, cursor.get(sub, 0))
            if start < 0:
                raise ValueError(f"entity text {sub!r} is not in the text")
            end = start + len(sub)
            cursor[sub] = end
        found.append(Ent(label, start, end, text[start:end]))
    found.sort(key=lambda e: (e.start, e.end))
    return found


def make_ctx(text: str, *, ents: Sequence[EntSpec] = (), sents: Sequence[str] | None = None,
             reference_date: date | None = None, rules: RuleSet | None = None,
             cell_ents: Sequence[EntSpec] = ()) -> Context:
    """A Context without spaCy. `ents`: (label, substring) pairs, found left to right (each
    after the previous one with the same substring), or (label, start, end) spans. `sents`:
    the sentences as substrings, in order (default: split at sentence punctuation).
    `cell_ents`: the entities the model would find in two-column list blocks, given alike."""
    segs = segment(text, rules)
    if sents is None:
        sentences = _sentences(text, [(p.start, p.end) for p in segs.paragraphs])
    else:
        sentences, pos = [], 0
        for sub in sents:
            s = text.find(sub, pos)
            if s < 0:
                raise ValueError(f"sentence {sub!r} is not in the text (in order)")
            sentences.append(Sentence(s, s + len(sub), sub))
            pos = s + len(sub)
    return Context(text, segs, sentences, _find_ents(text, ents), reference_date,
                   rules or shipped(), _find_ents(text, cell_ents))


def _rule_of(candidate: Any) -> str | None:
    rule = getattr(candidate, "rule", None)
    if isinstance(rule, str):
        return rule
    rid = getattr(rule, "id", None)
    return rid if isinstance(rid, str) else getattr(candidate, "code", None)


def _rules_in(obj: Any) -> Iterable[str]:
    if isinstance(obj, dict):
        if isinstance(obj.get("rule"), str):
            yield obj["rule"]
        if isinstance(obj.get("code"), str):
            yield obj["code"]
        for v in obj.values():
            yield from _rules_in(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _rules_in(v)


def rules_fired(ctx: Context, extractors: Sequence[type[AnyExtractor]] | None = None
                ) -> set[str]:
    """Every rule id the extractors' candidates cite, and every `rule` (and warning `code`)
    of what they contribute to the document."""
    chosen = list(extractors) if extractors is not None else list(registry())
    out: set[str] = set()
    facts = run_all(ctx, chosen)
    for ex in registry():
        if facts.has(ex):
            with ctx.facts.reading(ex.name, frozenset(n.name for n in ex.needs)):
                out.update(r for c in ex().match(ctx) if (r := _rule_of(c)))
    doc = emitted(facts)
    for path, value in doc.fields.items():
        if path.endswith(".rule") and isinstance(value, str):
            out.add(value)
        out.update(_rules_in(_plain(value)))
    out.update(w.code for w in doc.warnings)
    return out


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
