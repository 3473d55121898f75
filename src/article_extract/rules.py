"""Rules as data: JSON files shipped in the package, loaded once into small rule objects."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class RegexRule:
    """A named pattern; `id` is what the output's `rule` field cites."""

    id: str
    pattern: str
    flags: list[str] = field(default_factory=list)
    value: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RegexRule:
        return cls(id=data["id"], pattern=data["pattern"], flags=list(data.get("flags", [])),
                   value=data.get("value"))

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if not self.flags:
            del out["flags"]
        if self.value is None:
            del out["value"]
        return out

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern, tuple(self.flags))


@cache
def _compile(pattern: str, flags: tuple[str, ...]) -> re.Pattern[str]:
    value = 0
    for name in flags:
        value |= getattr(re, name.upper())
    return re.compile(pattern, value)


@cache
def load_data(name: str) -> Any:
    """Load `data/<name>.json` from the package (cached: each file is read once per process)."""
    text = resources.files("article_extract").joinpath("data", f"{name}.json").read_text("utf-8")
    return json.loads(text)


def load_rules(name: str) -> list[RegexRule]:
    return [RegexRule.from_dict(d) for d in load_data(name)["rules"]]


def alternation(words: list[str]) -> str:
    """A regex alternation that tries longer phrases first, so 'Prime Video' beats 'Prime'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def number_words() -> dict[str, int]:
    """'sixteen' -> 16: counts in prose ('sixteen episodes', 'nine main cues')."""
    words: dict[str, int] = load_data("lexicon")["number_words"]
    return words
