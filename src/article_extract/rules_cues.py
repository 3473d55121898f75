"""Cue rules as validated records (data/cues/<category>.json), in the manner of medspaCy's
ConText rules, and the one-alternation matcher a category's cues compile into (`CueSet`).
Part of `rules`, which re-exports it; the RuleSet builds these from its merged data."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .rules_data import RuleError, alternation

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
    """A cue's branches that begin with `\\s+` ('A  plays X', found backward from the cue),
    tried only where a run of white space begins. Searched from inside a run, such a branch
    would scan the rest of the run from each position (quadratic on a page's layout spaces);
    any match there is already found at the run's start, so the hits are the same (a search
    that itself starts inside a run is the one exception: sentences never do). Each branch is
    gated on its own: one branch that starts otherwise (', who ...') leaves the rest gated."""
    branches = _top_branches(src)
    gated = [rf"(?<!\s){b}" if b.startswith(r"\s+") else b for b in branches]
    if gated == branches:
        return src
    if all(b.startswith(r"\s+") for b in branches):
        return rf"(?<!\s)(?:{src})"
    return "(?:" + "|".join(gated) + ")"


# no cue begins inside a word ('as' of 'has', 'of' of 'Kof' are no cues): the scan gives up
# there after two checks instead of trying every record (tests/test_rules_cues_gate.py)
WORD_EDGE = r"(?:(?<!\w)|(?!\w))"


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
        regex = re.compile(f"{WORD_EDGE}(?:{'|'.join(parts)})" if parts else r"(?!x)x")
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
