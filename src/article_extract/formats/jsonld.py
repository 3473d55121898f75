"""`--format jsonld`: the article's facts as schema.org JSON-LD, for knowledge-graph tools.

Mapping (one row per fact of the contract):

- the work: `TVSeries` / `Movie` / `MusicAlbum` by `work.kind`, `CreativeWork` when unknown;
  `name`; `numberOfEpisodes` (TVSeries); `actor` as `Person` items, each credit a person is
  known for as `@reverse actor` of a `CreativeWork` (so the graph says "X has actor P");
  filming places as `locationCreated` `Place`s; platforms as `publication` `PublicationEvent`s
  `publishedOn` a `BroadcastService`; the airing run as `startDate` / `endDate` (TVSeries).
- the soundtrack: a `MusicAlbum` (the work itself when the work is an album, otherwise a
  second node, `albumProductionType` `SoundtrackAlbum`, `isBasedOn` the work) with `name`,
  `datePublished`, `byArtist` and `track`: one `ItemList` per disc whose `itemListElement`s
  are `ListItem`s with `position` and a `MusicRecording` `item` (`numberOfItems` = the size
  the article declares), then the songs the prose credits, as `MusicRecording`s.
- performers are `MusicGroup`s (schema.org: "can also be a solo musician"), except one whose
  group is known: a `Person` `memberOf` that `MusicGroup`.
- facts with no schema.org property are kept as `additionalProperty` `PropertyValue`s rather
  than dropped: the budget and other amounts (`MonetaryAmount`, `minValue` for "over",
  `maxValue` for "under"), every date the article states (name = `<event>Date`, value = the
  ISO value, description = the quote), episodes on a non-series work, and per disc its number
  and whether the text lists it completely.

The document carries its own inline `@context` (`@vocab` https://schema.org/), so expanding it
needs no remote context. Warnings, evidence offsets and rule ids stay in the JSON contract:
they describe the extraction, not the work. Keys are sorted (their order carries no meaning);
arrays keep the contract's order; the same Article always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from ..contract import categories
from ..models import Article, DateItem, Money, Tracklist

SCHEMA = "https://schema.org/"
CONTEXT: dict[str, Any] = {"@vocab": SCHEMA}
WORK_ID = "_:work"
WORK_TYPES = {"series": "TVSeries", "film": "Movie", "album": "MusicAlbum"}

Node = dict[str, Any]


def to_jsonld(article: Article) -> str:
    """The JSON-LD document as text: UTF-8, indent 2, sorted keys, trailing newline."""
    return json.dumps(document(article), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_jsonld_line(article: Article) -> str:
    """The same document on one line, for `--format jsonld --jsonl`."""
    line = json.dumps(document(article), ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def document(article: Article) -> Node:
    """The JSON-LD document: `{"@context": ..., "@graph": [work, soundtrack?]}`."""
    work = _work(article)
    graph = [work]
    st = article.soundtrack
    has_album = bool(st.album_title or st.release_date or st.artists or st.songs
                     or st.tracklists)
    if has_album:
        if article.work.kind == "album":
            _album_facts(work, article)
        else:
            album: Node = {"@type": "MusicAlbum",
                           "albumProductionType": {"@id": SCHEMA + "SoundtrackAlbum"},
                           "isBasedOn": {"@id": WORK_ID}}
            _album_facts(album, article)
            graph.append(album)
    return {"@context": dict(CONTEXT), "@graph": graph}


def _work(article: Article) -> Node:
    w = article.work
    kind = WORK_TYPES.get(w.kind or "", "CreativeWork")
    node: Node = {"@id": WORK_ID, "@type": kind}
    if w.title:
        node["name"] = w.title
    extra: list[Node] = []
    if w.episodes is not None:
        if kind == "TVSeries":
            node["numberOfEpisodes"] = w.episodes
        else:
            extra.append(_pv("episodes", w.episodes))
    if w.cast:
        node["actor"] = [_person(c.name, c.known_for) for c in w.cast]
    if w.filming_locations:
        node["locationCreated"] = [{"@type": "Place", "name": p} for p in w.filming_locations]
    if w.platforms:
        node["publication"] = [
            {"@type": "PublicationEvent", "publishedOn": {"@type": "BroadcastService", "name": p}}
            for p in w.platforms]
    if kind == "TVSeries":
        run = _airing_run(article.dates)
        if run is not None:
            node["startDate"], node["endDate"] = run
    if w.budget is not None:
        extra.append(_money_pv("budget", w.budget))
    budget_at = (w.budget.evidence.start, w.budget.evidence.end) if w.budget else None
    extra += [_money_pv("amount", m) for m in article.money
              if (m.evidence.start, m.evidence.end) != budget_at]
    extra += [_date_pv(d) for d in article.dates]
    if extra:
        node["additionalProperty"] = extra
    doc = article.model_dump(mode="json")
    for category in categories():  # what a category adds through the registry ('director')
        if category.jsonld is not None:
            node.update(category.jsonld(doc))
    return node


def _airing_run(dates: list[DateItem]) -> tuple[str, str] | None:
    """The first stated airing range: the only date the extractor ties to the series itself."""
    for d in dates:
        if d.event == "aired" and d.start and d.end:
            return d.start, d.end
    return None


def _album_facts(node: Node, article: Article) -> None:
    st = article.soundtrack
    if st.album_title and "name" not in node:
        node["name"] = st.album_title
    if st.release_date:
        node["datePublished"] = st.release_date
    groups = {a.name: a.group for a in st.artists}
    if st.artists:
        node["byArtist"] = [_performer(a.name, a.group) for a in st.artists]
    tracks: list[Node] = [_tracklist(t, groups) for t in st.tracklists]
    for song in st.songs:
        rec: Node = {"@type": "MusicRecording", "name": song.title}
        if song.performers:
            rec["byArtist"] = [_performer(p, groups.get(p)) for p in song.performers]
        tracks.append(rec)
    if tracks:
        node["track"] = tracks


def _tracklist(tl: Tracklist, groups: dict[str, str | None]) -> Node:
    items: list[Node] = []
    for t in tl.tracks:
        rec: Node = {"@type": "MusicRecording", "name": t.title}
        if t.performers:
            rec["byArtist"] = [_performer(p, groups.get(p)) for p in t.performers]
        items.append({"@type": "ListItem", "position": t.position, "item": rec})
    node: Node = {"@type": "ItemList",
                  "itemListOrder": {"@id": SCHEMA + "ItemListOrderAscending"},
                  "itemListElement": items,
                  "additionalProperty": [_pv("disc", tl.disc), _pv("complete", tl.complete)]}
    if tl.label:
        node["name"] = tl.label
    if tl.declared_count is not None:
        node["numberOfItems"] = tl.declared_count
    return node


def _person(name: str, known_for: list[str]) -> Node:
    node: Node = {"@type": "Person", "name": name}
    if known_for:
        node["@reverse"] = {"actor": [{"@type": "CreativeWork", "name": t} for t in known_for]}
    return node


def _performer(name: str, group: str | None) -> Node:
    if group:
        return {"@type": "Person", "name": name,
                "memberOf": {"@type": "MusicGroup", "name": group}}
    return {"@type": "MusicGroup", "name": name}


def _pv(name: str, value: Any, description: str | None = None) -> Node:
    node: Node = {"@type": "PropertyValue", "name": name}
    if value is not None:
        node["value"] = value
    if description is not None:
        node["description"] = description
    return node


def _money_pv(name: str, m: Money) -> Node:
    amount: Node = {"@type": "MonetaryAmount", "currency": m.currency}
    key = {"over": "minValue", "under": "maxValue"}.get(m.qualifier, "value")
    amount[key] = m.amount
    return _pv(name, amount, m.text)


def _date_pv(d: DateItem) -> Node:
    return _pv(f"{d.event}Date" if d.event else "date", d.value, d.text)
