"""The typed results of the extractors of one article, read by the extractors that declare
them: the only way one stage hands state to another (no notes, no side channels)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, Protocol, TypeVar

F = TypeVar("F")
F_co = TypeVar("F_co", covariant=True)


class Produces(Protocol[F_co]):
    """An extractor class whose `decide` returns facts of type F_co."""

    name: ClassVar[str]

    def decide(self, candidates: Any, ctx: Any, /) -> F_co: ...


class UndeclaredFacts(LookupError):
    """An extractor read facts it does not list in `needs`: its order would be an accident."""


class Facts:
    """Results by extractor name. While an extractor runs, only the facts it declared are
    readable, so the registry's dependency order is the real one."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._reader: str | None = None
        self._allowed: frozenset[str] | None = None

    def get(self, extractor: type[Produces[F]]) -> F:
        name = extractor.name
        if self._allowed is not None and name not in self._allowed:
            raise UndeclaredFacts(f"extractor {self._reader!r} reads the facts of {name!r} "
                                  f"without declaring it in `needs`")
        if name not in self._values:
            raise UndeclaredFacts(f"the facts of {name!r} are not there yet (run it first)")
        value: F = self._values[name]
        return value

    def has(self, extractor: type[Produces[Any]]) -> bool:
        return extractor.name in self._values

    def put(self, name: str, value: Any) -> None:
        self._values[name] = value

    def names(self) -> list[str]:
        return list(self._values)

    @contextmanager
    def reading(self, reader: str, allowed: frozenset[str]) -> Iterator[None]:
        """While `reader` runs, only `allowed` facts can be read."""
        before = (self._reader, self._allowed)
        self._reader, self._allowed = reader, allowed
        try:
            yield
        finally:
            self._reader, self._allowed = before
