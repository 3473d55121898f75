"""Tracklist entries that quote their titles: '“TITLE,” NAME', 'NAME: “TITLE”',
'“TITLE” [ft. NAME of BAND] *', and the footnote legend under such a list ('* collaboration
with NAME'). The quotes mark the title, so whatever stands outside them on
the line is a credit, whichever side it is on. The credit helpers every tracklist reader shares
(`people`, `FEAT_CREDIT`) live here, below tracklists_parsing, which imports them."""

from __future__ import annotations

import re

from ..context import Context
from ..models import Track
from ..rules import FEAT, FEAT_DOTTED
from .names import SOURCE_TAG, NameItem

# one quoted title with what stands before and after it; a comma or stop the page put inside the
# closing quote ('“TITLE,”'); a page that closes with an opening quote still closes the title
_ENTRY = re.compile(r"(?P<pre>[^“”\"\n]{0,80}?)[“\"](?P<t>[^“”\"\n]{1,150}?)[,.]?\s?[“”\"]"
                    r"(?P<post>[^“”\"\n]{0,200})")
# a footnote mark at the end of an entry ('... *'), and the legend line that explains it
_MARK = re.compile(r"\s+(?P<mark>[*†‡]{1,3})\s*$")
_LEGEND = re.compile(r"\s*(?P<mark>[*†‡]{1,3})\s+(?P<note>\S[^\n]*)")
_LEGEND_PEOPLE = re.compile(r"(?:(?:an?\s+)?collaborations?\s+with|(?:performed|sung|recorded)\s+"
                            r"by|with|featuring|feat\.|ft\.)\s+(?P<who>[^\n]+?)\.?\s*", re.I)
_SIDE = re.compile(r"^[\s,:;|–—-]+|[\s,:;|–—-]+$")
_CREDIT_VERB = re.compile(r"(?:(?:(?:written\s+and\s+)?performed|sung|recorded)\s+)?by\s+", re.I)
# 'TITLE (feat. A)', 'TITLE [ft. A]', 'TITLE ft. A': the guests a title line credits
FEAT_CREDIT = re.compile(rf"\s*[(\[]\s*{FEAT}\s+(?P<who>[^)\]]+)[)\]]"
                   rf"|\s+{FEAT}\s+(?P<who2>.+)$", re.I)
# what opens a bracket that names the work a track comes from: 'TITLE (From “FILM”)'
_FROM_WORK = re.compile(r"[(\[]\s*from(?:\s+the\s+\w+)?\s*$", re.I)
_OF_BAND = re.compile(r"\s+of\s+(?:the\s+)?[A-Z0-9].*$")  # 'NAME of BAND'


def quoted_shape(texts: list[str]) -> bool:
    """Most entries quote one title and credit someone outside the quotes."""
    shaped = quoted = 0
    for t in texts:
        m = _ENTRY.fullmatch(_MARK.sub("", t))
        if m and _FROM_WORK.search(m.group("pre")):
            continue  # 'TITLE (From “FILM”/Score)': the quotes name the work it comes from
        quoted += m is not None
        if m and (_SIDE.sub("", m.group("pre")) or _SIDE.sub("", m.group("post"))):
            shaped += 1
    # entries that quote a title with no credit (the score's cues after the songs) belong too
    return shaped >= 2 and quoted * 2 >= len(texts) and shaped * 3 >= len(texts)


def split_legend(ctx: Context, items: list[tuple[int, int]]
                 ) -> tuple[list[tuple[int, int]], dict[str, list[str]]]:
    """The entries without a closing legend line ('* collaboration with NAME') that explains
    a mark other entries end with, and the people each such legend credits, by mark."""
    legends: dict[str, list[str]] = {}
    kept = list(items)
    while kept:
        line = _LEGEND.fullmatch(ctx.text, *kept[-1])
        if line is None or not any((m := _MARK.search(ctx.text[s:e])) and m.group("mark") == line.group(
                "mark") for s, e in kept[:-1]):
            break
        who = _LEGEND_PEOPLE.fullmatch(line.group("note"))
        legends[line.group("mark")] = _people(who.group("who")) if who else []
        kept.pop()
    return kept, legends


def quoted_entries(ctx: Context, raws: list[tuple[int, int]], legends: dict[str, list[str]]
                   ) -> list[Track]:
    """Each entry's quoted title and the people credited around it; an entry with no whole
    quoted title (a stub the scrape cut off) is no track."""
    tracks: list[Track] = []
    for s, e in raws:
        raw = ctx.text[s:e]
        mark = _MARK.search(raw)
        if mark:
            raw = raw[: mark.start()]
        m = _ENTRY.fullmatch(raw)
        if m is None:
            continue
        credited = legends.get(mark.group("mark"), []) if mark else []
        pre, post = _SIDE.sub("", m.group("pre")), _SIDE.sub("", m.group("post"))
        verb = _CREDIT_VERB.match(post)  # '"TITLE" Performed by A featuring B'
        if verb:
            post = post[verb.end() :]
            guest = FEAT_CREDIT.search(post)
            main = post[: guest.start()] if guest else post
            credited = credited + _people(main)
            post = post[guest.start() :] if guest else ""
        if pre[:1].isupper():
            credited = credited + _people(pre)
        guest = FEAT_CREDIT.search(post)
        if guest:
            credited = credited + _people(guest.group("who") or guest.group("who2") or "")
        elif post[:1].isupper():
            credited = credited + _people(post)
        title = " ".join(m.group("t").split())
        ts = s + m.start("t")
        tracks.append(Track(position=len(tracks) + 1, title=title, performers=credited,
                            evidence=ctx.evidence(ts, ts + len(m.group("t")))))
    return tracks


def located_performers(ctx: Context, track: Track) -> list[NameItem]:
    """A quoted entry's performers where the text names them: on the track's line ('NAME:
    “TITLE”', '“TITLE,” NAME'), else after it (the legend line); a credit
    bracket that ends 'of BAND' ('[ft. A and B of BAND]') gives each name in it that group."""
    if track.evidence.start == 0 or ctx.text[track.evidence.start - 1] not in "“\"":
        return []  # not a quoted entry: its credit parser found no names, so none are named
    lo = ctx.text.rfind("\n", 0, track.evidence.start) + 1
    eol = ctx.text.find("\n", track.evidence.end)
    hi = eol if eol >= 0 else len(ctx.text)
    out: list[NameItem] = []
    for name in track.performers:
        i = ctx.text.find(name, lo, hi)
        if i < 0:
            i = ctx.text.find(name, hi, hi + 2000)
        if i < 0:
            continue
        group = None
        opened = max(ctx.text.rfind("[", lo, i), ctx.text.rfind("(", lo, i))
        closed = _CLOSE.search(ctx.text, i, hi) if opened >= 0 else None
        band = _BAND.search(ctx.text, i, closed.start()) if closed else None
        if band:
            group = (band.group("g"), band.start("g"), band.end("g"))
        out.append(NameItem(name, i, i + len(name), group=group))
    return out


_CLOSE = re.compile(r"[\])]")
_BAND = re.compile(r"\s+of\s+(?:the\s+)?(?P<g>[A-Z0-9][^\])\n]{0,60}?)\s*$")


def _people(text: str) -> list[str]:
    """The people of a quoted entry's credit: 'NAME of BAND' is NAME."""
    return [_OF_BAND.sub("", n) for n in people(text)]


def people(text: str) -> list[str]:
    """The acts of a credit: 'A, B & C', 'A x B', 'A with B'; 'A & His Orchestra' and 'A & The
    BAND' are one act each,
    a trailing '(GROUP)' and a leading 'feat.' go."""
    text = text.strip()
    if _WRAPPED.fullmatch(text):
        text = text[1:-1].strip()  # 'TITLE - (A & B)': the whole credit in brackets
    while (end := _SPELLED_AGAIN.search(text)) is not None and (
            _script(text[: end.start()]) != _script(end.group(1)) or SOURCE_TAG.search(end.group(1))):
        # 'ミナ (Mina) (theme from X)': the name again in another script, the song's source
        text = text[: end.start()]
    parts = re.split(r"\s*(?:,\s*(?:and\s+)?|\s&\s(?!(?:His|Her|Their|The)\s)|"
                     r"(?<=[^\x00-\x7f])&(?=[^\x00-\x7f])|"  # 'A&B' in kana: two names
                     r"\s+and\s+(?!(?:His|Her|Their)\s)|\s+x\s+|\s+with\s+)\s*", text)
    names = (_strip_end(re.sub(r"\s*\([^()]*\)$", "", p)) for p in parts)  # 'Name (GROUP)'
    return [_LEADING_FEAT.sub("", n) for n in names if n]  # 'A, B, Feat. C'



_LEADING_FEAT = re.compile(rf"^{FEAT_DOTTED}\s+", re.I)
_INITIALISM_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")  # 'The Mighty X.Y.Z.'


def _strip_end(name: str) -> str:
    """The name without edge spaces and a closing full stop, unless that dot ends an initialism."""
    name = name.strip(" ")
    return name if _INITIALISM_END.search(name) else name.strip(" .")
_WRAPPED = re.compile(r"\([^()]+\)|\[[^\[\]]+\]")
_SPELLED_AGAIN = re.compile(r"\s*\(([^()]{2,80})\)\s*$")


def _script(text: str) -> str:
    """'latin' or 'other': which script a name is written in (its letters)."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return "latin" if letters and latin * 2 > len(letters) else "other"
