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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

# Shared regex fragments, written once. Data patterns use them as `{CAP}`, code imports them.
CAP_RANGE = "A-ZÀ-ÖØ-ÞĀ-Ž"  # the capital letters of Latin script with diacritics, for a [class]
CAP = f"[{CAP_RANGE}]"  # a capital letter
CAPNUM = f"[{CAP_RANGE}0-9]"  # a capital letter or a digit (names like '10CM', '2AM')
FEAT = r"(?:feat\.?|ft\.?|featuring)"  # the featured-artist cue

T = TypeVar("T")


class RuleError(ValueError):
    """A rule data file or overlay that cannot be used; the message names the file/record."""


# ---------------------------------------------------------------------------- shipped files

def _data_root() -> Traversable:
    return resources.files("article_extract").joinpath("data")


def _walk(folder: Traversable, prefix: str = "") -> Iterator[str]:
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.is_dir():
            yield from _walk(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith(".json"):
            yield f"{prefix}{entry.name[:-5]}"


@cache
def data_names() -> tuple[str, ...]:
    """The rule data files shipped in the package, as names (`lexicon`, `cues/cast`)."""
    return tuple(_walk(_data_root()))


@cache
def load_data(name: str) -> Any:
    """The shipped `data/<name>.json` (read once per process). Use a RuleSet to read rules:
    this is only the shipped layer under every overlay."""
    *folders, last = name.split("/")
    path = _data_root().joinpath(*folders, f"{last}.json")
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleError(f"rule data {name}.json: {exc}") from None


def alternation(words: list[str]) -> str:
    """A regex alternation that tries longer phrases first, so 'Prime Video' beats 'Prime'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def phrase_alternation(phrases: list[str]) -> str:
    """Like `alternation`, but a space in a phrase matches any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(phrases), key=lambda w: (-len(w), w)))


def merge_data(base: Any, extra: Any, where: str = "") -> Any:
    """`base` extended by `extra` (neither is modified): objects merge per key; lists append
    the entries they lack, and a rule (an object with an `id`) replaces the one with its id;
    scalars are replaced. A list or object meeting another type is a mistake: RuleError."""
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
        raise RuleError(f"{where.lstrip('.') or 'the value'} must be a "
                        f"{type(base).__name__}, not a {type(extra).__name__}")
    return copy.deepcopy(extra)


# ---------------------------------------------------------------------------- records

_FLAG_BITS = {"i": re.I, "ignorecase": re.I, "m": re.M, "multiline": re.M, "s": re.S,
              "dotall": re.S, "x": re.X, "verbose": re.X}
_FLAG_LETTERS = {"i": "i", "ignorecase": "i", "m": "m", "multiline": "m", "s": "s", "dotall": "s",
                 "x": "x", "verbose": "x"}
_FRAGMENT = re.compile(r"\{([A-Z][A-Z_]*)\}")


def _flag_value(flags: list[str]) -> int:
    value = 0
    for name in flags:
        value |= _FLAG_BITS[name.lower()]
    return value


class CueRule(BaseModel):
    """One cue: what it matches (`phrases`, matched as whole words, or a `pattern`), which
    way its governed text lies (`direction`), how far it reaches (`scope`) and which cue wins
    an overlap (`priority`). `id` is what the output's `rule` field cites."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z_]+\.[a-z0-9_]+$")
    category: str = Field(pattern=r"^[a-z_]+$")
    phrases: list[str] | None = None
    pattern: str | None = None
    direction: Literal["forward", "backward", "both", "none"] = "none"
    scope: Literal["sentence", "clause", "paragraph", "line", "window", "text"] = "sentence"
    priority: int = 0
    flags: list[Literal["i", "ignorecase", "m", "multiline", "s", "dotall", "x",
                        "verbose"]] = Field(default_factory=list)
    description: str | None = None
    examples: list[str] = Field(default_factory=list)  # texts it must find (tests check them)
    not_examples: list[str] = Field(default_factory=list)  # texts it must not match whole

    @model_validator(mode="after")
    def _one_source(self) -> CueRule:
        if (self.phrases is None) == (self.pattern is None):
            raise ValueError("give exactly one of 'phrases' and 'pattern'")
        if self.phrases is not None and not all(p.strip() for p in self.phrases):
            raise ValueError("a phrase is empty")
        return self

    def source(self, fragments: Mapping[str, str]) -> str:
        """The regex text with fragments filled in; phrases become a whole-word alternation."""
        if self.phrases is not None:
            return rf"(?<![\w-])(?:{alternation(self.phrases)})(?![\w-])"
        assert self.pattern is not None

        def fill(m: re.Match[str]) -> str:
            if m.group(1) not in fragments:
                raise ValueError(f"unknown fragment {{{m.group(1)}}} (known: "
                                 f"{', '.join(sorted(fragments))})")
            return fragments[m.group(1)]

        return _FRAGMENT.sub(fill, self.pattern)


@dataclass(frozen=True)
class CueMatch:
    """A cue's hit: the record, its span and its named groups (by the record's own names)."""

    rule: CueRule
    start: int
    end: int
    groups: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False)

    def group(self, name: str) -> str | None:
        return self.groups.get(name)


_NAMED = re.compile(r"\(\?P(?:<([A-Za-z_]\w*)>|=([A-Za-z_]\w*)\))")


def _prefix_groups(src: str, prefix: str) -> str:
    """Rename a pattern's named groups so several patterns can share one alternation."""
    def rename(m: re.Match[str]) -> str:
        return f"(?P<{prefix}{m.group(1)}>" if m.group(1) else f"(?P={prefix}{m.group(2)})"

    return _NAMED.sub(rename, src)


def _inline_flags(rule: CueRule) -> str:
    """The rule's flags as inline letters ('i', 's', ...) for a scoped group `(?i:...)`."""
    return "".join(sorted({_FLAG_LETTERS[f.lower()] for f in rule.flags}))


def _top_branches(src: str) -> list[str]:
    """The top-level alternatives of a regex source (a `|` outside groups and classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if src[i + 1 : i + 2] == "^" else 1  # a ']' right after '[' or '[^' is literal
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(src[start:i])
            start = i + 1
        i += 1
    return [*out, src[start:]]


def _run_start_gated(src: str) -> str:
    """A cue whose every branch begins with `\\s+` ('A  plays X', found backward from the
    cue), tried only where a run of white space begins. Searched from inside a run, it would
    scan the rest of the run from each position (quadratic on a page's layout spaces); any
    match there is already found at the run's start, so the hits are the same (a search that
    itself starts inside a run is the one exception: sentences never do)."""
    if all(b.startswith(r"\s+") for b in _top_branches(src)):
        return rf"(?<!\s)(?:{src})"
    return src


@dataclass(frozen=True)
class CueSet:
    """Several cue records compiled into one alternation, tried in priority order (then file
    order): one scan finds the first cue at each position, like a single hand-written regex,
    and each hit says which record it is."""

    rules: tuple[CueRule, ...]
    regex: re.Pattern[str]

    @classmethod
    def build(cls, rules: list[CueRule], fragments: Mapping[str, str]) -> CueSet:
        ordered = sorted(rules, key=lambda r: -r.priority)  # stable: file order within a priority
        parts = []
        for i, rule in enumerate(ordered):
            src = _prefix_groups(_run_start_gated(rule.source(fragments)), f"c{i}__")
            bits = _inline_flags(rule)
            parts.append(f"(?P<c{i}>(?{bits}:{src}))" if bits else f"(?P<c{i}>{src})")
        regex = re.compile("|".join(parts) if parts else r"(?!x)x")
        return cls(tuple(ordered), regex)

    def _hit(self, m: re.Match[str]) -> CueMatch:
        name = m.lastgroup or ""
        i = int(name[1:])
        prefix = f"c{i}__"
        groups = {k[len(prefix):]: v for k, v in m.groupdict().items() if k.startswith(prefix)}
        return CueMatch(self.rules[i], m.start(), m.end(), groups)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[CueMatch]:
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            yield self._hit(m)

    def match(self, text: str, start: int = 0, end: int | None = None) -> CueMatch | None:
        m = self.regex.match(text, start, len(text) if end is None else end)
        return self._hit(m) if m else None

    def search(self, text: str, start: int = 0, end: int | None = None) -> CueMatch | None:
        m = self.regex.search(text, start, len(text) if end is None else end)
        return self._hit(m) if m else None


def _cue_records(name: str, data: Any) -> list[CueRule]:
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(f"rule data {name}.json: must be an object with a 'rules' list")
    out = []
    for k, raw in enumerate(data["rules"]):
        rid = raw.get("id", "?") if isinstance(raw, dict) else "?"
        try:
            out.append(CueRule.model_validate(raw))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"]) or "record"
            raise RuleError(f"rule data {name}.json, record {k} ({rid}): {where}: "
                            f"{first['msg']}") from None
    return out


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
        """Every broadcaster, streaming or music service: name -> 'video' | 'music'."""
        data = self.data("platforms")
        return {n: kind for kind in ("video", "music") for n in data[kind]}

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
