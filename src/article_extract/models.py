"""Pydantic models of the JSON contract (v1); the output is always one validated `Article`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Precision = Literal["year", "month", "day"]
Qualifier = Literal["exact", "over", "under", "about"]
YearSource = Literal["stated", "context", "reference_date"]
Part = Literal["early", "mid", "late"]
WorkKind = Literal["series", "film", "album"]


class _Strict(BaseModel):
    """Forbid unknown fields so the schema documents everything a consumer can meet."""

    model_config = ConfigDict(extra="forbid")


class Evidence(_Strict):
    """Code-point offsets into the decoded input; `text == input[start:end]` always holds."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Mention(_Strict):
    """A normalized string value with where it was found and which rule found it."""

    value: str
    evidence: Evidence
    rule: str


class Money(_Strict):
    text: str
    amount: int | float = Field(description="the amount, or the lower end of a range")
    amount_max: int | float | None = Field(
        default=None, description='the upper end of a range ("between $10 and $20"); else null')
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    qualifier: Qualifier
    evidence: Evidence
    rule: str


class DateItem(_Strict):
    text: str
    value: str | None = Field(description='"YYYY[-MM[-DD]]" or "START/END"; null if unresolvable')
    start: str | None
    end: str | None
    precision: Precision | None
    part: Part | None = Field(
        default=None, description='the part of the period the text names ("early March 2024": '
                                  '"early", value 2024-03); null for the whole period')
    event: str | None
    year_source: YearSource | None
    evidence: Evidence
    rule: str


class CastMember(_Strict):
    name: str
    known_for: list[str]
    evidence: Evidence
    rule: str
    known_for_evidence: list[Mention] = Field(default_factory=list)


class Director(_Strict):
    """A person the text says directed the main work."""

    name: str
    evidence: Evidence
    rule: str


class Work(_Strict):
    title: str | None
    evidence: Evidence | None
    rule: str | None
    kind: WorkKind | None
    platforms: list[str]
    platform_evidence: list[Mention] = Field(default_factory=list)
    episodes: int | None
    episodes_evidence: Evidence | None = None
    budget: Money | None
    filming_locations: list[str]
    filming_location_evidence: list[Mention] = Field(default_factory=list)
    cast: list[CastMember]
    directors: list[Director] = Field(default_factory=list)


class Artist(_Strict):
    name: str
    group: str | None
    evidence: Evidence
    rule: str


class Song(_Strict):
    title: str
    performers: list[str]
    evidence: Evidence
    rule: str


class Track(_Strict):
    position: int = Field(ge=1)
    title: str
    performers: list[str] = Field(default_factory=list)
    evidence: Evidence


class Tracklist(_Strict):
    disc: int = Field(ge=1)
    label: str | None
    declared_count: int | None
    declared_count_evidence: Evidence | None = None
    complete: bool
    tracks: list[Track]
    evidence: Evidence
    rule: str


class Soundtrack(_Strict):
    album_title: str | None
    release_date: str | None
    artists: list[Artist]
    songs: list[Song]
    tracklists: list[Tracklist]


class Warning(_Strict):
    code: str
    message: str
    evidence: list[Evidence]


class Meta(_Strict):
    tool_version: str
    model: str
    model_version: str
    reference_date: str | None = None
    reference_date_source: Literal["option", "dateline", "html_metadata"] | None = None


class Source(_Strict):
    path: str | None
    sha256: str
    chars: int
    # Left out of the JSON when absent (not null), so outputs without it keep their bytes.
    text: str | None = Field(
        default=None, exclude_if=lambda v: v is None,
        description="the text the evidence offsets point into (the decoded input, or the text "
                    "taken from HTML); present with --include-text, and by default with "
                    "--html or --html-all")


class Article(_Strict):
    schema_version: Literal["1.0"] = "1.0"
    meta: Meta
    source: Source
    work: Work
    dates: list[DateItem]
    money: list[Money]
    soundtrack: Soundtrack
    warnings: list[Warning]
