"""Rules as data: the JSON files shipped in the package, merged with a user's overlay into one
`RuleSet` instance that travels in the extraction context.

Nothing here is module-global state: two RuleSets (the shipped one and one with a user's
extra platforms, say) can be used side by side, and everything compiled from a RuleSet is
memoised on that instance (`RuleSet.compiled`), so a pattern is compiled once per RuleSet,
never per article.

Cue rules (`data/cues/<category>.json`) are records in the manner of medspaCy's ConText rules:
`{id, category, phrases | pattern, direction, scope, priority, flags}`, validated when loaded;
a mistake is a `RuleError` naming the file and the record. Patterns may use shared fragments
written `{NAME}` (see `fragments`): the capital-letter class, the 'feat.' cue, the number
words, the kind nouns, are each defined once."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from .rules_cues import (
    CueMatch,
    CueRule,
    CueSet,
    _cue_records,
    _flag_value,
    _inline_flags,
    _run_start_gated,
)
from .rules_data import (
    CAP,
    CAP_RANGE,
    CAPNUM,
    CASELESS,
    COUNT_TIMES_MINUTES,
    FEAT,
    FEAT_DOTTED,
    KANA_KANJI,
    UNCASED,
    RuleError,
    alternation,
    data_names,
    load_data,
    merge_data,
    phrase_alternation,
)

__all__ = [
    "CAP",
    "CAPNUM",
    "CAP_RANGE",
    "CASELESS",
    "COUNT_TIMES_MINUTES",
    "FEAT",
    "FEAT_DOTTED",
    "KANA_KANJI",
    "UNCASED",
    "CueMatch",
    "CueRule",
    "CueSet",
    "RegexRule",
    "RuleError",
    "RuleSet",
    "alternation",
    "data_names",
    "load_data",
    "merge_data",
    "number_words",
    "phrase_alternation",
    "shipped",
]

T = TypeVar("T")


# ---------------------------------------------------------------------------- the RuleSet

class RuleSet:
    """The rules of one extraction: the shipped data files merged with `overlay`
    ({data name: content}, e.g. `{"platforms": {"video": ["Viki"]}}`; see `merge_data`)."""

    def __init__(self, overlay: Mapping[str, Any] | None = None, *, origin: str = "overlay"
                 ) -> None:
        self.overlay: dict[str, Any] = copy.deepcopy(dict(overlay or {}))
        self.origin = origin
        unknown = sorted(set(self.overlay) - set(data_names()))
        if unknown:
            raise RuleError(f"{origin}: unknown data file(s) {', '.join(unknown)} "
                            f"(known: {', '.join(data_names())})")
        self._merged: dict[str, Any] = {}
        for name, extra in self.overlay.items():
            try:
                self._merged[name] = merge_data(load_data(name), extra, name)
            except RuleError as exc:
                raise RuleError(f"{origin}: {exc}") from None
        self._compiled: dict[object, Any] = {}
        self._cues: dict[str, CueRule] = {}
        self._by_category: dict[str, list[CueRule]] = {}
        for name in data_names():
            if not name.startswith("cues/"):
                continue
            for rule in _cue_records(name, self.data(name)):
                if rule.id in self._cues:
                    raise RuleError(f"rule data {name}.json: duplicate rule id {rule.id}")
                self._cues[rule.id] = rule
                self._by_category.setdefault(rule.category, []).append(rule)
        for rule in self._cues.values():  # every pattern compiles, with its fragments
            try:
                re.compile(rule.source(self.fragments), _flag_value(list(rule.flags)))
            except (re.error, ValueError) as exc:
                raise RuleError(f"rule data cues/{rule.category}.json, record {rule.id}: "
                                f"pattern: {exc}") from None

    # -- reading
    def data(self, name: str) -> Any:
        """The merged content of data file `name` (do not modify it)."""
        return self._merged[name] if name in self._merged else load_data(name)

    def words(self, name: str, key: str) -> list[str]:
        """A word list of a data file (`words("lexicon", "role_words")`)."""
        value: list[str] = self.data(name)[key]
        return value

    def cue(self, rule_id: str) -> CueRule:
        return self._cues[rule_id]

    def cue_ids(self) -> list[str]:
        return sorted(self._cues)

    def cues(self, category: str, direction: str | None = None) -> list[CueRule]:
        return [r for r in self._by_category.get(category, [])
                if direction is None or r.direction == direction]

    def cue_source(self, category: str, direction: str | None = None) -> str:
        """The category's cues as one regex alternation (each with its flags, in priority
        order), for code that embeds the cues in a larger pattern."""
        parts = []
        for rule in sorted(self.cues(category, direction), key=lambda r: -r.priority):
            bits = _inline_flags(rule)
            src = rule.source(self.fragments)
            parts.append(f"(?{bits}:{src})" if bits else f"(?:{src})")
        return "|".join(parts) if parts else r"(?!x)x"

    def cue_set(self, category: str, direction: str | None = None) -> CueSet:
        """The category's cues (of one direction) as one compiled alternation, memoised."""
        key = f"cueset:{category}:{direction}"
        found = self._compiled.get(key)
        if found is None:
            found = CueSet.build(self.cues(category, direction), self.fragments)
            self._compiled[key] = found
        assert isinstance(found, CueSet)
        return found

    def cue_regex(self, rule_id: str) -> re.Pattern[str]:
        """One cue record as a regex (its flags applied), memoised."""
        key = f"cue:{rule_id}"
        found = self._compiled.get(key)
        if found is None:
            rule = self._cues[rule_id]
            found = re.compile(_run_start_gated(rule.source(self.fragments)),
                               _flag_value(list(rule.flags)))
            self._compiled[key] = found
        assert isinstance(found, re.Pattern)
        return found

    def compiled(self, build: Callable[[RuleSet], T]) -> T:
        """`build(self)`, computed once per RuleSet: where modules keep their compiled patterns."""
        if build not in self._compiled:
            self._compiled[build] = build(self)
        value: T = self._compiled[build]
        return value

    @property
    def fragments(self) -> dict[str, str]:
        """Named regex pieces for cue patterns: fixed ones and alternations of word lists."""
        key = "fragments"
        found = self._compiled.get(key)
        if found is None:
            lex = self.data("lexicon")
            kinds = [w for ws in lex["kind_words"].values() for w in ws]
            found = {
                "CAP": CAP, "CAP_RANGE": CAP_RANGE, "CAPNUM": CAPNUM, "FEAT": FEAT,
                "NUMBER_WORD": alternation(list(lex["number_words"])),
                "KIND_WORD": alternation(kinds),
                "GENRE_WORD": alternation(lex["genre_words"]),
                "ROLE_WORD": alternation(lex["role_words"]),
                "PLATFORM": alternation(list(self.platforms())),
                "MONTH": alternation(list(self.data("calendar")["months"])),
                "CAST_GROUP_NOUN": phrase_alternation(lex["cast_group_nouns"]),
                "ORG_WORD": alternation(lex["organization_words"]),
            }
            self._compiled[key] = found
        assert isinstance(found, dict)
        return found

    def platforms(self) -> dict[str, str]:
        """Every broadcaster, streaming or music service and store: name -> 'video' | 'music' |
        'store' (built once per RuleSet; callers only read it)."""
        found = self._compiled.get("platforms")
        if found is None:
            data = self.data("platforms")
            found = self._compiled["platforms"] = {
                n: kind.rstrip("s") for kind in ("video", "music", "stores")
                for n in data.get(kind, [])}
        assert isinstance(found, dict)
        return found

    # -- persistence (spaCy's to_disk / from_disk keep the overlay, as SpanRuler keeps patterns)
    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self.overlay)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, origin: str = "overlay") -> RuleSet:
        return cls(data, origin=origin)

    def to_json(self) -> str:
        return json.dumps(self.overlay, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_file(cls, path: str) -> RuleSet:
        """A RuleSet from an overlay file; every mistake is a RuleError naming the file."""
        try:
            with open(path, encoding="utf-8") as fh:
                extra = json.load(fh)
        except OSError as exc:
            raise RuleError(f"extra data {path}: {exc.strerror or exc}") from None
        except json.JSONDecodeError as exc:
            raise RuleError(f"extra data {path}: not JSON ({exc})") from None
        if not isinstance(extra, dict):
            raise RuleError(f"extra data {path}: must be an object keyed by "
                            f"{', '.join(data_names())}")
        return cls(extra, origin=f"extra data {path}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleSet) and other.overlay == self.overlay

    def __hash__(self) -> int:
        return hash(json.dumps(self.overlay, sort_keys=True))

    def __repr__(self) -> str:
        return f"RuleSet(overlay={sorted(self.overlay)})"


@cache
def shipped() -> RuleSet:
    """The RuleSet of the shipped data alone, built once per process."""
    return RuleSet(origin="shipped data")


@dataclass(frozen=True)
class RegexRule:
    """A named pattern of a plain rule list (noise lines); `id` is what `rule` cites."""

    id: str
    pattern: str
    flags: list[str] = field(default_factory=list)
    value: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RegexRule:
        return cls(id=data["id"], pattern=data["pattern"], flags=list(data.get("flags", [])),
                   value=data.get("value"))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "pattern": self.pattern}
        if self.flags:
            out["flags"] = list(self.flags)
        if self.value is not None:
            out["value"] = self.value
        return out

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern, tuple(self.flags))


@cache
def _compile(pattern: str, flags: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(pattern, _flag_value(list(flags)))


def number_words(rules: RuleSet) -> dict[str, int]:
    """'sixteen' -> 16: counts in prose ('sixteen episodes', 'nine main cues')."""
    words: dict[str, int] = rules.data("lexicon")["number_words"]
    return words
