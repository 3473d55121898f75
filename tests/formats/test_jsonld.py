"""`--format jsonld` is real JSON-LD: a JSON-LD processor (pyld) expands it and turns it into
RDF without fetching anything, and the triples say what the seed article says."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from article_extract.formats import render
from article_extract.models import Article

S = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"

Graph = dict[str, dict[str, list[Any]]]


def _no_network(url: str, options: Any = None) -> Any:
    raise AssertionError(f"the JSON-LD processor tried to fetch {url}")


OPTIONS: dict[str, Any] = {"documentLoader": _no_network}


def _document(seed: dict[str, Any]) -> dict[str, Any]:
    return json.loads(render(Article.model_validate(seed), "jsonld", text=""))


def _graph(doc: dict[str, Any]) -> Graph:
    """subject -> predicate -> objects (blank node ids, IRIs or (value, datatype) literals),
    from the RDF dataset pyld produces."""
    graph: Graph = defaultdict(lambda: defaultdict(list))
    for t in jsonld.to_rdf(doc, OPTIONS)["@default"]:
        o = t["object"]
        value = (o["value"], o.get("datatype")) if o["type"] == "literal" else o["value"]
        graph[t["subject"]["value"]][t["predicate"]["value"]].append(value)
    return graph


class View:
    """Small helpers over the triples, so assertions read like the facts."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph

    def types(self, node: str) -> list[str]:
        return sorted(t.removeprefix(S) for t in self.g[node][RDF_TYPE])

    def objs(self, node: str, prop: str) -> list[Any]:
        return list(self.g[node].get(S + prop, []))

    def text(self, node: str, prop: str) -> str:
        (value,) = self.objs(node, prop)
        return str(value[0])

    def of_type(self, t: str) -> list[str]:
        return sorted(n for n in self.g if S + t in self.g[n].get(RDF_TYPE, []))

    def subjects(self, prop: str, obj: str) -> list[str]:
        return sorted(n for n in self.g if obj in self.g[n].get(S + prop, []))

    def props(self, node: str) -> dict[str, Any]:
        """additionalProperty as {name: [value or (type, {prop: value}), ...]}."""
        out: dict[str, list[Any]] = defaultdict(list)
        for pv in self.objs(node, "additionalProperty"):
            name = self.text(pv, "name")
            (value,) = self.objs(pv, "value") or [None]
            if isinstance(value, str):  # a node: the MonetaryAmount
                value = (self.types(value)[0], {p.removeprefix(S): v[0]
                                                for p, (v,) in self.g[value].items()
                                                if p != RDF_TYPE})
            elif value is not None:
                value = value[0]
            out[name].append(value)
        return dict(out)

    def performer(self, node: str) -> tuple[str, str, str | None]:
        group = self.objs(node, "memberOf")
        return (self.types(node)[0], self.text(node, "name"),
                self.text(group[0], "name") if group else None)


@pytest.fixture(scope="module")
def view(seed: dict[str, Any]) -> View:
    return View(_graph(_document(seed)))


def test_context_is_inline_and_expansion_needs_no_network(seed: dict[str, Any]) -> None:
    doc = _document(seed)
    assert doc["@context"] == {"@vocab": S}
    expanded = jsonld.expand(doc, OPTIONS)
    assert [n["@type"] for n in expanded] == [[S + "TVSeries"], [S + "MusicAlbum"]]
    assert expanded[0]["@id"] == "_:work"
    assert expanded[0][S + "name"] == [{"@value": "Queen of Tears"}]
    assert expanded[0][S + "numberOfEpisodes"] == [{"@value": 16}]


def test_triple_count(seed: dict[str, Any]) -> None:
    triples = jsonld.to_rdf(_document(seed), OPTIONS)["@default"]
    assert len(triples) == 370
    # every predicate is a schema.org term or rdf:type: no key fell outside the vocabulary
    assert {t["predicate"]["value"] for t in triples if not t["predicate"]["value"].startswith(
        S)} == {RDF_TYPE}


def test_the_work(view: View) -> None:
    (work,) = view.of_type("TVSeries")
    assert view.text(work, "name") == "Queen of Tears"
    assert view.objs(work, "numberOfEpisodes") == [("16", XSD_INT)]
    assert (view.text(work, "startDate"), view.text(work, "endDate")) == ("2024-03-09",
                                                                          "2024-04-28")
    assert sorted(view.text(p, "name") for p in view.objs(work, "locationCreated")) == [
        "Germany", "South Korea"]
    assert all(view.types(p) == ["Place"] for p in view.objs(work, "locationCreated"))
    events = view.objs(work, "publication")
    assert [view.types(e) for e in events] == [["PublicationEvent"]] * 3
    services = [view.objs(e, "publishedOn")[0] for e in events]
    assert sorted((view.types(s)[0], view.text(s, "name")) for s in services) == [
        ("BroadcastService", "Dailymotion"), ("BroadcastService", "Netflix"),
        ("BroadcastService", "tvN")]


def test_actors_and_what_they_are_known_for(view: View) -> None:
    (work,) = view.of_type("TVSeries")
    actors = view.objs(work, "actor")
    assert [view.types(a) for a in actors] == [["Person"]] * 5
    # "known for" is the reverse of actor: the other work has this person as its actor
    assert all(work in view.subjects("actor", a) for a in actors)
    known = {view.text(a, "name"): [view.text(w, "name") for w in view.subjects("actor", a)
                                    if w != work]
             for a in actors}
    assert known == {
        "Kim Soo-hyun": ["It's Okay To Not Be Okay"],
        "Kim Ji-won": ["My Liberation Notes"],
        "Park Sung-hoon": ["The Glory"],
        "Kwak Dong-yeon": ["Vincenzo"],
        "Lee Joo-bin": ["Love To Hate You"],
    }
    assert sorted(view.text(n, "name") for n in view.of_type("CreativeWork")) == sorted(
        v[0] for v in known.values())


def test_facts_without_a_property_are_kept_as_property_values(view: View) -> None:
    (work,) = view.of_type("TVSeries")
    assert view.props(work) == {
        "budget": [("MonetaryAmount", {"currency": "USD", "minValue": "48000000"})],
        "releaseDate": ["2024-03-09", "2024-04-30", "2013", "2024-04", "2024-04-30"],
        "reportedDate": ["2024-06-03"],
        "airedDate": ["2024-03-09/2024-04-28"],
    }
    descriptions = sorted(view.text(pv, "description")
                          for pv in view.objs(work, "additionalProperty"))
    assert descriptions == ["2013", "April 2024", "April 30", "April 30, 2024",
                            "June 3, 2024", "March 9, 2024", "from March 9 to April 28, 2024",
                            "over $48 million"]


def test_the_soundtrack_album(view: View) -> None:
    (album,) = view.of_type("MusicAlbum")
    (work,) = view.of_type("TVSeries")
    assert view.text(album, "name") == "Queen of Tears OST"
    assert view.text(album, "datePublished") == "2024-04-30"
    assert view.objs(album, "albumProductionType") == [S + "SoundtrackAlbum"]
    assert view.objs(album, "isBasedOn") == [work]
    assert [view.performer(a) for a in view.objs(album, "byArtist")] == [
        ("MusicGroup", "Kim Soo-hyun", None), ("MusicGroup", "Heize", None),
        ("MusicGroup", "Hong Isaac", None), ("MusicGroup", "Paul Kim", None),
        ("MusicGroup", "Kim Nayoung", None), ("MusicGroup", "So Soo-bin", None),
        ("MusicGroup", "Choi Yuri", None), ("MusicGroup", "Dori", None),
        ("Person", "Kim Taerae", "ZEROBASEONE"), ("MusicGroup", "Crush", None),
        ("MusicGroup", "10CM", None)]


def test_tracklists_are_ordered_item_lists(view: View, seed: dict[str, Any]) -> None:
    (album,) = view.of_type("MusicAlbum")
    lists = [t for t in view.objs(album, "track") if view.types(t) == ["ItemList"]]
    summary = []
    for lst in lists:
        items = view.objs(lst, "itemListElement")
        assert {view.types(i)[0] for i in items} == {"ListItem"}
        rows = sorted((int(view.text(i, "position")), view.text(view.objs(i, "item")[0], "name"))
                      for i in items)
        assert {view.types(view.objs(i, "item")[0])[0] for i in items} == {"MusicRecording"}
        assert view.objs(lst, "itemListOrder") == [S + "ItemListOrderAscending"]
        summary.append((view.text(lst, "name"), view.objs(lst, "numberOfItems"),
                        view.props(lst), rows))
    summary.sort()
    expected = []
    for tl in seed["soundtrack"]["tracklists"]:
        expected.append((tl["label"], [(str(tl["declared_count"]), XSD_INT)],
                         {"disc": [str(tl["disc"])], "complete": [str(tl["complete"]).lower()]},
                         [(t["position"], t["title"]) for t in tl["tracks"]]))
    assert summary == expected
    cd1, cd2 = summary
    assert (cd1[0], cd1[3][0], cd1[3][-1]) == ("CD1", (1, "In a Beautiful Way"),
                                               (14, "In a Beautiful Way"))
    assert (cd2[0], cd2[1], len(cd2[3]), cd2[3][-1]) == ("CD2", [("40", XSD_INT)], 19,
                                                         (19, "Sorry and Thank You"))


def test_songs_with_their_performers(view: View) -> None:
    (album,) = view.of_type("MusicAlbum")
    songs = [t for t in view.objs(album, "track") if view.types(t) == ["MusicRecording"]]
    assert [(view.text(s, "name"), [view.performer(p) for p in view.objs(s, "byArtist")])
            for s in songs] == [("Way Home", [("MusicGroup", "Kim Soo-hyun", None)])]


@pytest.mark.parametrize(("kind", "work_type", "episodes_as"), [
    ("film", "Movie", "additionalProperty"),
    (None, "CreativeWork", "additionalProperty"),
    ("series", "TVSeries", "numberOfEpisodes"),
])
def test_type_by_kind(seed: dict[str, Any], kind: str | None, work_type: str,
                      episodes_as: str) -> None:
    data = json.loads(json.dumps(seed))
    data["work"]["kind"] = kind
    doc = jsonld.expand(_document(data), OPTIONS)
    work = doc[0]
    assert work["@type"] == [S + work_type]
    has_number = S + "numberOfEpisodes" in work
    assert has_number == (episodes_as == "numberOfEpisodes")
    episodes = [pv for pv in work[S + "additionalProperty"]
                if pv[S + "name"] == [{"@value": "episodes"}]]
    assert episodes == ([] if has_number else [{
        "@type": [S + "PropertyValue"], S + "name": [{"@value": "episodes"}],
        S + "value": [{"@value": 16}]}])
    # only a series has an airing run (startDate/endDate belong to CreativeWorkSeries)
    assert (S + "startDate" in work) == (work_type == "TVSeries")


def test_an_album_is_one_node(seed: dict[str, Any]) -> None:
    data = json.loads(json.dumps(seed))
    data["work"]["kind"] = "album"
    data["soundtrack"]["album_title"] = "Queen of Tears"
    view = View(_graph(_document(data)))
    (album,) = view.of_type("MusicAlbum")
    assert view.of_type("TVSeries") == []
    assert view.text(album, "name") == "Queen of Tears"
    assert view.text(album, "datePublished") == "2024-04-30"
    assert view.objs(album, "albumProductionType") == []  # not a soundtrack
    assert len([t for t in view.objs(album, "track") if view.types(t) == ["ItemList"]]) == 2


def test_cli_prints_the_same_document_every_time(root: Path, seed: dict[str, Any]) -> None:
    cmd = [sys.executable, "-m", "article_extract", "corpus/article.txt", "--format", "jsonld"]
    first = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True)
    second = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True)
    assert first.stdout == second.stdout
    assert first.stdout == render(Article.model_validate(seed), "jsonld", text="")
    assert first.stdout.endswith("}\n")
    doc = json.loads(first.stdout)
    assert list(doc) == ["@context", "@graph"]
    assert list(doc["@graph"][0])[:3] == ["@id", "@type", "actor"]  # keys sorted


def test_jsonld_jsonl_is_one_document_per_line(root: Path) -> None:
    both = ["corpus/article.txt", "corpus/b01_iron_meridian.txt"]
    out = subprocess.run([sys.executable, "-m", "article_extract", *both, "--format", "jsonld",
                          "--jsonl", "-q"], cwd=root, capture_output=True, check=True).stdout
    lines = out.decode("utf-8").splitlines()
    singles = [json.loads(subprocess.run(
        [sys.executable, "-m", "article_extract", p, "--format", "jsonld"], cwd=root,
        capture_output=True, check=True).stdout) for p in both]
    assert [json.loads(line) for line in lines] == singles
    assert [d["@graph"][0]["@type"] for d in singles] == ["TVSeries", "Movie"]


def test_a_registry_category_adds_its_property(root: Path) -> None:
    """work.directors reaches JSON-LD as schema.org `director` through its registry category,
    and the document still expands offline."""
    from article_extract import extract

    text = (root / "tests" / "data" / "diff" / "harbor_lights.txt").read_text("utf-8")
    doc = json.loads(render(extract(text), "jsonld", text=text))
    work = doc["@graph"][0]
    assert work["director"] == [{"@type": "Person", "name": "Min Jae-won"}]
    expanded = jsonld.expand(doc)
    assert [d["https://schema.org/name"][0]["@value"]
            for d in expanded[0]["https://schema.org/director"]] == ["Min Jae-won"]
