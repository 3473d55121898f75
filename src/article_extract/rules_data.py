"""The shipped rule data and what every rule module shares: the JSON files under data/,
how an overlay merges into them, the regex fragments written once, and the error a bad rule
file raises. The base layer of `rules` (which re-exports all of it); it imports nothing of ours."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

# Shared regex fragments, written once. Data patterns use them as `{CAP}`, code imports them.
# the capital letters of Latin script (with diacritics, Vietnamese ones too) and of Cyrillic, for
# a [class] (the Latin Extended ranges interleave the cases: a loose class, as before)
CAP_RANGE = "A-ZÀ-ÖØ-ÞĀ-ŽƠƯẠ-ỹА-ЯЁЄІЇЎ"
CAP = f"[{CAP_RANGE}]"  # a capital letter
# a letter of a script without case (hangul, kana, hanzi): no capital marks a name there
CASELESS = "[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
# the same, with Thai: a script without capitals that spaces its words, so its names are read
# as Latin ones are, but a title's quote or a glued kind word may open on it too
UNCASED = CASELESS[:-1] + "\u0e00-\u0e7f]"
# a letter of Japanese (kana, kanji and the repeat mark 々) or Chinese
KANA_KANJI = "[\u3040-\u30ff\u3005\u4e00-\u9fff]"
CAPNUM = f"[{CAP_RANGE}0-9]"  # a capital letter or a digit (names that start with a number)
FEAT = r"(?:feat\.?|ft\.?|featuring)"  # the featured-artist cue
# the cue in running text and credit lines: 'ft' needs its dot there (not the FT of 'FT Island')
FEAT_DOTTED = r"(?:feat\.?|ft\.|featuring)"
# the trade press's episodes times a slot's minutes: 'a BBC Two 4 x 60', '80x30 mins'
COUNT_TIMES_MINUTES = r"\d{1,3}\s?[x×]\s?(?:30|45|50|60|90)"

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


# what a case-blind pattern matches an ASCII letter with: its other case, and (Python's re
# under IGNORECASE) 'İ'/'ı' for i, 'ſ' for s, the Kelvin sign for k. Each maps to one character,
# so offsets into the folded text are offsets into the text.
_FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)},
                       "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_ascii(text: str) -> str:
    """The text as a case-blind pattern of ASCII words sees it, same length: such a pattern,
    written in lower case, runs on it case-sensitively, several times faster than `(?i:...)`
    (Python's re finds no literal prefix in a case-blind alternation)."""
    return text.translate(_FOLD)


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
