"""The extractor contract and its registry.

Every fact category is an `Extractor`: a name, the extractors whose facts it reads (`needs`),
`match(ctx)` that finds candidates (spans with rule ids, no decisions), `decide(candidates,
ctx)` that applies the category's policy (small named functions) and returns its typed facts,
and `emit(facts)` that says where those facts go in the JSON document. The registry finds the
extractors (every module of `article_extract.extractors` that defines one) and runs them in
dependency order; evaluation, diff and the output formats take the list of categories from it.

Adding a category = one module in `extractors/` (its Extractor and its Category), its cue data
file, its tests, and its field in `models.py`. Nothing else lists the categories."""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from .facts import Facts
from .models import Warning

if TYPE_CHECKING:
    from .context import Context

C = TypeVar("C")
F = TypeVar("F")

Fact = tuple[Any, ...]
Doc = dict[str, Any]
Norm = Callable[[object], Any]


def norm(s: object) -> str:
    """How facts compare: NFKC, typographic quotes and dashes folded, spaces collapsed,
    casefolded."""
    text = unicodedata.normalize("NFKC", str(s))
    text = text.translate(str.maketrans("’‘“”–—", "''\"\"--"))
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass(frozen=True)
class Category:
    """A fact category as evaluation, diff and the output formats see it: how to read its
    facts (tuples, names and titles passed through the given normalizer, `norm` by default)
    from an output document and from an answer file.

    `answer_key`: the dotted key of the answer file that holds it; an answer file without
    that key is not scored on this category (so a category can be added before every answer
    file has it). `fields` names the elements of a fact tuple (diff reports)."""

    name: str
    order: float
    fields: tuple[str, ...]
    from_output: Callable[[Doc, Norm], Iterable[Fact]]
    from_answer: Callable[[Doc, Norm], Iterable[Fact]]
    answer_key: str | None = None
    description: str = ""
    # each fact with the evidence (a {start, end, text} dict) and rule of the item that gave it:
    # what the diff attributes, the generic CSV table lists and the evidence page highlights
    evidenced: Callable[[Doc, Norm], Iterable[tuple[Fact, Doc | None, str | None]]] = (
        lambda d, n: ())
    # schema.org properties the category adds to the work's JSON-LD node (None: none)
    jsonld: Callable[[Doc], dict[str, Any]] | None = None

    def scored(self, answer: Doc) -> bool:
        if self.answer_key is None:
            return True
        node: Any = answer
        for part in self.answer_key.split("."):
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return True


@dataclass
class Emitted:
    """What an extractor contributes to the document: values by dotted field path
    (`work.platforms`), and warnings."""

    fields: dict[str, Any] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)


class Extractor(ABC, Generic[C, F]):
    """One fact category: match, then decide. Subclasses set `name`, `needs`, `rule_ids`
    (every rule id they can cite, for the rule-coverage test) and `categories`."""

    name: ClassVar[str]
    needs: ClassVar[tuple[type[Extractor[Any, Any]], ...]] = ()
    rule_ids: ClassVar[tuple[str, ...]] = ()
    categories: ClassVar[tuple[Category, ...]] = ()

    @abstractmethod
    def match(self, ctx: Context) -> list[C]:
        """Candidates with rule ids and spans; no decisions."""

    @abstractmethod
    def decide(self, candidates: list[C], ctx: Context, /) -> F:
        """The category's policy over the candidates (and the facts it needs)."""

    def emit(self, facts: F) -> Emitted:
        """Where the facts go in the document (nothing by default: facts for other stages)."""
        return Emitted()

    def run(self, ctx: Context) -> F:
        """match then decide, reading only the declared facts."""
        with ctx.facts.reading(self.name, frozenset(n.name for n in self.needs)):
            return self.decide(self.match(ctx), ctx)


AnyExtractor = Extractor[Any, Any]


def dependency_order(extractors: Sequence[type[AnyExtractor]]) -> list[type[AnyExtractor]]:
    """A topological order of `extractors` and everything they need (by name on ties, so the
    order never depends on import order); a cycle is a programming error."""
    seen: dict[str, type[AnyExtractor]] = {}

    def collect(ex: type[AnyExtractor], path: tuple[str, ...]) -> None:
        if ex.name in path:
            raise RuntimeError(f"extractor dependency cycle: {' -> '.join((*path, ex.name))}")
        if ex.name in seen:
            return
        for dep in ex.needs:
            collect(dep, (*path, ex.name))
        seen[ex.name] = ex

    for ex in sorted(extractors, key=lambda e: e.name):
        collect(ex, ())
    done: list[type[AnyExtractor]] = []
    placed: set[str] = set()
    pending = sorted(seen.values(), key=lambda e: e.name)
    while pending:
        ready = [e for e in pending if all(d.name in placed for d in e.needs)]
        for e in ready:
            done.append(e)
            placed.add(e.name)
        pending = [e for e in pending if e.name not in placed]
    return done


@cache
def registry() -> tuple[type[AnyExtractor], ...]:
    """Every extractor of the package, in dependency order: each module of
    `article_extract.extractors` is imported and its Extractor subclasses collected."""
    from . import extractors

    found: dict[str, type[AnyExtractor]] = {}
    for info in sorted(pkgutil.iter_modules(extractors.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{extractors.__name__}.{info.name}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, Extractor) and value is not Extractor
                    and value.__module__ == module.__name__ and not getattr(
                        value, "__abstractmethods__", None)):
                if value.name in found and found[value.name] is not value:
                    raise RuntimeError(f"two extractors named {value.name!r}")
                found[value.name] = value
    return tuple(dependency_order(list(found.values())))


def categories() -> list[Category]:
    """Every fact category of the registry, in report order."""
    cats = [c for ex in registry() for c in ex.categories]
    return sorted(cats, key=lambda c: (c.order, c.name))


def category_names() -> tuple[str, ...]:
    return tuple(c.name for c in categories())


def all_rule_ids() -> list[str]:
    return sorted({r for ex in registry() for r in ex.rule_ids})


def run_all(ctx: Context, extractors: Sequence[type[AnyExtractor]] | None = None) -> Facts:
    """Run `extractors` (default: the registry) and what they need, in dependency order."""
    for ex in dependency_order(list(extractors) if extractors is not None else list(registry())):
        ctx.facts.put(ex.name, ex().run(ctx))
    return ctx.facts


def emitted(facts: Facts, extractors: Iterable[type[AnyExtractor]] | None = None) -> Emitted:
    """Every extractor's contribution to the document, merged (fields by path, warnings)."""
    out = Emitted()
    for ex in (extractors if extractors is not None else registry()):
        if ex.name not in facts.names():
            continue
        part = ex().emit(facts.get(ex))
        for path, value in part.fields.items():
            if path in out.fields:
                raise RuntimeError(f"two extractors write {path!r}")
            out.fields[path] = value
        out.warnings += part.warnings
    return out
