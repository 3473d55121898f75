"""Title candidates: every title-shaped span a rule proposes as the main work (the match step)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..context import Context
from ..rules import CAP, CASELESS, RuleSet
from ..spans import occurrences
from .fact_box import fact_box_title
from .kinds import WorkWords
from .names import performer_word_before
from .titles import clean_title, connectors, run_re, title_case_line, title_like
from .topics_headline import headline, headline_prefixes, latin_name_in_foreign_headline, release_headline
from .topics_patterns import TitlePatterns
from .topics_sentence_case import sentence_case_titles


@dataclass(frozen=True)
class TitleHit:
    """A title-shaped span a rule proposes as a work: the candidate of this extractor."""

    title: str
    start: int
    end: int
    rule: str
    kind: str | None = None


_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]\w*$")
_CONTRACTION = re.compile(r"[A-Z]\w{0,10}[’'](?:t|s|m|re|ll|ve|d)")
_LOWER_NEXT = re.compile(r"\s[a-z]")

_PRONOUNISH = frozenset(["the", "a", "an", "it", "its", "this", "that", "these", "those", "their",
                         "his", "her", "our", "my", "your", "we", "they", "he", "she", "i", "you"])
_WORD = re.compile(r"\w")
# capitalized words, with the small words and the colon a title may hold
_TITLE_WORDS = re.compile(rf"{CAP}[\w'’!?.&-]*:?(?:\s+(?:(?:of|the|a|an|and|in|on|to|for|at|by)\s+)*"
                          rf"{CAP}[\w'’!?.&-]*:?){{0,9}}")
_THE_BEFORE = re.compile(r"(?<![\w])the\s+\Z")
_LOCATIVE_BEFORE = re.compile(r"(?<![\w])(?:in|at|from|to|near|across)\s+\Z")
# the word before 'in': a capitalized one makes 'NAME in X' a photo caption ('NAME NAME
# in SHOW'), a person in a show, not someone in a place
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+\Z")
# tried only where a run of white space begins (from inside a long run it rescanned the rest)
_TRAILING_YEAR = re.compile(r"(?<!\s)(?:\s++(?:in|of|from|since|to))?\s++(?:19|20)\d\d$")
_OPENS = re.compile(r"(?:[.!?:]\s+|[\"“'‘(]\s*)$")


_LETTER_DASH = re.compile(rf"{CAP}-[a-z]")


_NON_SPACE_RUN = re.compile(r"\S+")
_NUMBERS_ONLY = re.compile(r"[\d\s.,:-]+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")


def _trim_run(words: WorkWords, text: str, s: int, e: int) -> tuple[int, int]:
    """Cut a run after its last platform, kind word or possessive ("Netflix's TITLE")."""
    span = text[s:e]
    cut = 0
    toks = list(_NON_SPACE_RUN.finditer(span))
    for k, m in enumerate(toks):
        tok = m.group(0)
        bare = tok.rstrip("'’s") if tok.endswith(("'s", "’s")) else tok
        pair = f"{tok} {toks[k + 1].group(0)}" if k + 1 < len(toks) else ""
        if pair.rstrip(",.;:") in words.platforms:
            cut = toks[k + 1].end()  # 'BBC One', 'Tencent Video': the longer name wins
            continue
        if k == 1 and toks[0].group(0) in ("The", "A", "An") and tok.endswith(("'s", "’s")):
            continue  # "The NOUN's NOUN": a possessive inside the title
        if k == 0 and tok.lower() in words.naming and len(toks) > 1:
            cut = m.end()  # 'Titled TITLE, her film ...': the verb opens the sentence, not the name
            continue
        if k == 0 and tok.istitle() and bare.lower() in words.kind_lookup and len(toks) > 1:
            continue  # 'Drama OST Box': a capitalized kind word opening a name is part of it
        if tok.endswith(("'s", "’s", "s'", "s’")) or bare.lower() in words.kind_lookup or \
                tok in words.platforms:
            cut = m.end()
    s2 = s + cut
    while s2 < e and text[s2].isspace():
        s2 += 1
    return s2, e


def _excluded(rules: RuleSet, words: WorkWords, title: str, blocked: frozenset[str],
              shouted: bool = False) -> bool:
    low = title.casefold()
    if low in blocked or title in words.platforms or low in words.kind_lookup or \
            low.removesuffix("s") in words.kind_lookup:
        return True
    if _NUMBERS_ONLY.fullmatch(title) or len(title) < 2:
        return True
    split = title.split()
    if all(w.lower().strip(".,'’") in _PRONOUNISH or w.lower() in connectors(rules)
           for w in split):
        return True
    generic: list[str] = words.lex["generic_title_words"]
    if all(w.lower().strip(".,:'’()") in generic for w in split):
        return True  # "Original Soundtrack", "Full Tracklist", "News"
    if len(split) > 1 and title.isupper() and not shouted:
        return True  # a shouted headline, not a title (a fact box's heading may shout)
    weekdays = rules.data("calendar")["weekdays"]  # 'By the close of Tuesday, the film ...'
    return split[0].rstrip(".,") in words.months or (len(split) == 1 and title in weekdays)


def _runs(rules: RuleSet, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Title Case runs, cut at sentence breaks ('GORGEOUS. It' is two things)."""
    out = []
    for m in run_re(rules).finditer(text, start, end):
        s = m.start()
        for brk in _SENTENCE_BREAK.finditer(m.group(0)):
            out.append((s, m.start() + brk.start()))
            s = m.start() + brk.end()
        out.append((s, m.end()))
    trimmed = []
    for a, b in out:
        year = _TRAILING_YEAR.search(text, a, b)
        trimmed.append((a, year.start() if year else b))
    return [(a, b) for a, b in trimmed if b > a]


# rules whose cue names a work outright ('Reviewing X', 'X is a 2017 crime drama'): 'in X'
# elsewhere does not make X a place
_NAMING_RULES = frozenset({"work.title_owner", "work.title_copula", "work.title_release_line"})
_LANDS_ROLE = re.compile(r"\s+(?:lands|landed|gets|got|bags|bagged|nabs|wins|won)\s+(?:a\s+|the\s+)?"
                         r"(?:starring|lead|leading|main|title)\s+(?:role|part)", re.I)


def _sentence_end(ctx: Context, pos: int) -> int:
    sent = ctx.sentence_at(pos)
    return sent.end if sent is not None else pos


def _mostly(ctx: Context, labels: tuple[str, ...]) -> set[str]:
    """Texts the model gives one of `labels` more often than any other label: a title read
    once as a person and five times as an organization is no person."""
    counts: dict[str, Counter[str]] = {}
    for e in ctx.ents:
        counts.setdefault(e.text, Counter())[e.label] += 1
    out = set()
    for text, c in counts.items():
        inside = sum(c[x] for x in labels)
        if inside and inside >= max((n for lab, n in c.items() if lab not in labels), default=0):
            out.add(text)
    return out


# '드라마 2위에' (ranked second), '3회' (episode 3): a number with a Korean counter is no title
_OPENING_QUOTES = frozenset("\"“‘«»„「『《")
_ROMANCE_OF = re.compile(r"\s(?:de|da|do|di)\s+$")
# a title in sentence case after an owner cue, said twice or more: an article, then lower-case
# words ('La noche clara', 'La ruta del sol'), to a comma, a full stop or a capitalized word
_SENTENCE_CASE_TITLE = re.compile(r"(?P<t>(?:La|El|Los|Las|Lo|Un|Una|Il|Le|Les|O|Os)"
                                  r"(?: [a-zà-ÿ]{2,20}+){1,4}?)"
                                  r"(?= (?:de|del|para|en|con) \S*[A-Z]|[,.;:)]|$)")
# the same after a kind noun and its comma: a capital, then lower-case words to the comma that
# closes the apposition ('un melodrama, Tierra de nadie, el último ...')
_SENTENCE_CASE_APPOSITIVE = re.compile(r"(?P<t>[A-ZÀ-Þ][\w'’-]*+(?: [a-zà-ÿ]{1,20}+){1,4}?)(?=,\s)")
_QUOTE_CLOSE = re.compile(r"[,.]?[\"”’']")
# after such a comma only a credit goes on with the title ('"X," returns' ends a clause)
_CREDIT_AFTER = re.compile(r"\s+(?:starring|co-starring)(?![\w])")
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|explained|noted|revealed)\b")
_CUT_SHORT = re.compile(r"\w{1,3}")
_LOWER_WORD = re.compile(r" [a-zà-ÿ]")
_PLACE_PREPOSITION = re.compile(r"(?:Outside|Inside|Across|Throughout|Beyond|Within|Around|"
                                r"Overseas|Abroad|Elsewhere)\s")
# 'Credit: NAME/AGENCY' ends a photo caption: who took the picture, never the work
_CAPTION_LABEL = re.compile(r"(?:Credits?|Photo|Photos|Image|Picture|Source|Courtesy)\s?:", re.I)
_PLACE_ON = re.compile(r"\s+(?:on|in|at)\s+(?=\S)")
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?:the|a|an|this|its|his|her|their|new)\s+$", re.I)
_COUNTED = re.compile(r"\d+\s?(?:위|회|편|부|년|월|일|명|개|곡|번째|차)")
_YEAR_AFTER = re.compile(r" ?\((?:19|20)\d\d\)")


def _title_hits(ctx: Context, p: TitlePatterns, blocked: frozenset[str]) -> list[TitleHit]:
    text = ctx.text
    words = p.words
    strong = set(p.weights["strong_rules"])
    hits: list[TitleHit] = []
    persons = _mostly(ctx, ("PERSON",))
    genres = {g.lower() for g in words.lex["genre_words"]}
    occasions = _mostly(ctx, ("EVENT", "DATE", "TIME"))
    places = {e.text for e in ctx.ents if e.label in ("GPE", "LOC")}
    nationalities = {e.text for e in ctx.ents if e.label in ("NORP", "LANGUAGE")}
    # 'Mina' of 'Mina Roh': one word of a person's full name the text gives
    name_words = {w for e in ctx.ents if e.label == "PERSON" and len(e.text.split()) >= 2
                  for w in (e.text.split()[0], e.text.split()[-1])}

    @cache
    def after_locative(title: str) -> bool:
        """'in PLACE' somewhere in the text: a place, not a title (asked once per string)."""
        for s in occurrences(text, title, None, _WORD, overlap=True):
            loc = _LOCATIVE_BEFORE.search(text, max(0, s - 40), s)
            if loc and not _CAPITAL_WORD_BEFORE.search(text, max(0, loc.start() - 40),
                                                       loc.start()):
                return True
        return False

    performer_before = ctx.rules.compiled(performer_word_before)

    @cache
    def described_as_performer(title: str) -> bool:
        """'Rock band X', 'singer X': the text says X is someone, not a work."""
        return any(performer_before.search(text, max(0, s - 30), s)
                   for s in occurrences(text, title, None, _WORD))

    @cache
    def said_twice(phrase: str) -> bool:
        """The phrase stands in the text twice or more (asked once per phrase)."""
        first = text.find(phrase)
        return first >= 0 and text.find(phrase, first + 1) >= 0

    @cache
    def lands_role(title: str) -> bool:
        """'X lands starring role': X is someone (asked once per string)."""
        return any(_LANDS_ROLE.match(text, i + len(title))
                   for i in occurrences(text, title, None, _WORD))

    # '"X," the theme song of "Y"': wherever else X stands, it is a song
    songs = {clean_title(text[a:b]) for para in ctx.prose() for a, b, _ in ctx.quoted(
        para.start, para.end) if p.song_after.match(text, b, para.end)}

    def add(s: int, e: int, rule: str, kind: str | None = None) -> None:
        at = s
        if rule != "work.title_quoted":  # 'rolling in PLACE on TITLE, the new drama': TITLE
            s = next((m.end() for p in ctx.ents_in(s, e, ("GPE", "LOC")) if p.start == s
                      and (m := _PLACE_ON.match(text, p.end, e))), s)
        title = clean_title(text[s:e])
        if not title or title in songs or not title_like(title) or _CAPTION_LABEL.match(
                title) or _excluded(
                ctx.rules, words, title, blocked, rule == "work.title_fact_box") or \
                _COUNTED.match(title):
            return
        if rule != "work.title_quoted" and _PLACE_PREPOSITION.match(title) and ctx.ents_in(
                s, e, ("GPE", "LOC")):
            return  # 'Outside Japan, the film opened with ...': where, not what
        if title in nationalities or (title in occasions and rule not in strong):
            return  # 'Memorial Day box office' names a weekend; a quoted "TITLE 1988" a show
        if rule != "work.title_quoted" and (described_as_performer(title) or lands_role(title)):
            return  # 'singer X', 'X lands starring role in new drama': someone, not a work
        if (rule not in strong and (title in persons or title in name_words)) or (
                rule == "work.title_owner" and title in name_words) or (
                rule not in ("work.title_quoted", "work.title_after_kind", "work.title_owner",
                             "work.title_headline_cue", "work.title_attributive",
                             "work.title_copula", "work.title_release_line", "work.title_year",
                             "work.title_sentence_case")
                # 'NAME NAME NAME, a historical drama': a work named after a person (the
                # person is the whole title, not a name inside it: 'Directed by NAME, the film')
                and not (rule == "work.title_appositive" and len(title.split()) >= 2 and all(
                    x.start <= s for x in ctx.ents_in(s, e, ("PERSON",))))
                and ctx.ents_in(s, e, ("PERSON",))):
            return  # 'NAME and NAME lead the cast' names people, not a work
        if rule not in ("work.title_quoted", "work.title_release_line", "work.title_fact_box"):
            if title.isupper():
                return
            if title in places and after_locative(title) and rule not in _NAMING_RULES and \
                    s == at:
                return  # 'in CITY' is a place; 'CITY is a 2017 crime drama' is a film
        if rule == "work.title_owner" and _CUT_SHORT.fullmatch(title) and _LOWER_WORD.match(text, e):
            return  # 'las grabaciones de Si me quieres': a title in sentence case, cut at 'Si'
        hits.append(TitleHit(title, s, s + len(text[s:e].rstrip(",;: ")), rule, kind))

    head = headline(ctx)
    for para in ctx.prose():
        quoted = [q for q in ctx.quoted(para.start, para.end)
                  if not p.song_cue.search(text, max(para.start, q[0] - 30), q[0])]
        for s, e, _inner in quoted:
            add(s, e, "work.title_quoted")
        runs = _runs(ctx.rules, text, para.start, para.end)
        run_starts = [a for a, _ in runs]
        headline_like = title_case_line(para.text)
        for om in p.owner.finditer(text, para.start, para.end):
            q = next(((s, e) for s, e, _ in quoted if s - 1 <= om.end() <= s), None)
            k = bisect.bisect_right(run_starts, om.end()) - 1
            r = q or (runs[k] if k >= 0 and runs[k][0] == om.end() else None)
            if r is None and k >= 0 and runs[k][0] < om.end() < runs[k][1]:
                r = (om.end(), runs[k][1])  # 'Reviewing TITLE is ...': the cue opened the run
            if r and not q:
                sc = _SENTENCE_CASE_TITLE.match(text, r[0], para.end)
                if sc and sc.end("t") > r[1] and said_twice(sc.group("t")):
                    r = sc.span("t")  # 'las grabaciones de La noche clara de NAME': sentence case
            if r:
                add(r[0], r[1], "work.title_owner")
        for m in p.numbered_part.finditer(text, para.start, para.end):
            add(m.start("t"), m.end("t"), "work.title_before_cue")
        for km in p.kind_before.finditer(text, para.start, para.end):
            word = km.group("kind") or km.group("glued")
            opens_quote = text[km.end() : km.end() + 1] in _OPENING_QUOTES
            if word[0].isupper() and not word.isupper() and not _LETTER_DASH.match(word) and \
                    not opens_quote:
                continue  # 'C-Drama WORD': the kind word is part of a name ('Film «X»' is not)
            if word.isupper() and len(word) > 3 and "-" not in word:
                continue  # 'PASSENGERS - ORIGINAL SOUNDTRACK Out Friday': a shouted name's word
            pos = km.end()
            quoted_only = word.lower() in words.lex["quoted_title_nouns"]
            kind = words.kind_lookup.get(word.lower()) or (
                "series" if word in words.lex["broadcast_slot_words"] or quoted_only else None)
            q = next(((s, e) for s, e, _ in quoted if s - 1 <= pos <= s), None)
            if quoted_only and not q:
                continue  # 'ze série OTHER', 'la serie de televisión': no title of its own
            if q and kind is None and _ROMANCE_OF.search(text, km.start(), pos):
                continue  # 'el remake de "OTHER"': only a kind noun's 'de' names the work
            if q:
                if re.match(CASELESS, word) and p.record_after.search(text, q[1],
                                                                      _sentence_end(ctx, q[1])):
                    kind = "album"  # "드라마 'X'의 OST가 ... 음반으로": the record is the news
                add(q[0], q[1], "work.title_after_kind", kind)
                continue
            k = bisect.bisect_right(run_starts, pos) - 1
            r = runs[k] if k >= 0 and runs[k][0] <= pos < runs[k][1] else None
            if r:
                s, e = _trim_run(words, text, pos, r[1])
                colon = re.match(r":\s+", text[e : e + 3])
                j = bisect.bisect_left(run_starts, e + colon.end()) if colon else len(runs)
                nxt = runs[j] if colon and j < len(runs) and runs[j][0] == e + colon.end() else None
                if nxt and text[nxt[0]].isupper():
                    e = nxt[1]  # "NAME: The SUBTITLE"
                # 'the drama Can't you see? ...': a title in sentence case, its end unknown
                sentence_case = _CONTRACTION.fullmatch(text, s, e) and _LOWER_NEXT.match(text, e)
                # 'Industri film Brunei': a country right after a bare kind noun is the
                # adjective of a language that puts it after ('Indonesian film'); 'the film
                # Paris' is a title
                country = not _DETERMINER_BEFORE.search(text, max(para.start, km.start() - 6),
                                                        km.start()) and any(
                    x.start == s and x.end == e for x in ctx.ents_in(s, e, ("GPE", "NORP")))
                # 'Talking about the film, NAME said ...': the speaker after a comma, no title
                speaker = "," in text[km.start() : pos] and _SAYS_AFTER.match(text, e)
                sc = _SENTENCE_CASE_APPOSITIVE.match(text, s, para.end)
                if sc and sc.end("t") > e and said_twice(sc.group("t")):
                    e = sc.end("t")  # 'un melodrama, Tierra de nadie, el ...': sentence case
                if e > s and not sentence_case and not country and not speaker:
                    add(s, e, "work.title_after_kind", kind)
        for sent in ctx.sentences_in(para.start, para.end):
            cm = p.copula.match(text, sent.start, sent.end)
            if cm and _TITLE_WORDS.fullmatch(cm.group("t")):  # 'X: Original Soundtrack is the album'
                add(cm.start("t"), cm.end("t"), "work.title_copula")  # 'crime drama': no kind
        if head is not None and para.start <= head.start < para.end:
            named = release_headline(ctx, head)
            if named is not None:
                add(named[0], named[1], "work.title_release_line", "album")
            latin = latin_name_in_foreign_headline(head.text)
            if latin is not None:
                add(head.start + latin[0], head.start + latin[1], "work.title_latin_headline")
            for km in p.kind_dash.finditer(text, head.start, head.end):
                if km.group("rest")[:1].isupper() and len(km.group("rest").split()) <= 8:
                    add(km.start("rest"), km.end("rest"), "work.title_after_kind", "album"
                        if km.group(0).split()[0].lower() in ("album", "ep") else None)
        for s, e in runs:
            if headline_like:
                kp = p.kind_possessive.search(text, s + 1, e)
                if kp and text.count(text[s : kp.start()]) > 1:
                    a, b = _trim_run(words, text, s, kp.start())
                    add(a, b, "work.title_headline_cue")
            elif _THE_BEFORE.search(text, max(para.start, s - 4), s) or \
                    text.startswith("The ", s):
                a = s + 4 if text.startswith("The ", s) else s
                if a < e and text[a].isupper() and text[a:e].lower() not in genres and \
                        p.attributive.match(text, e, para.end) and not ctx.ents_in(
                        a, e, ("GPE", "LOC", "NORP", "DATE", "TIME", "EVENT", "FAC")):
                    add(a, e, "work.title_attributive")
            s2, e2 = _trim_run(words, text, s, e)
            if e2 <= s2:
                continue
            if head is not None and head.start <= s2 < head.end and _YEAR_AFTER.match(
                    text, e2, head.end):
                # 'Review: TITLE (2014)' in the headline; in prose a run of them lists
                # someone's earlier works
                add(s2, e2, "work.title_year")
            opens_sentence = s2 == para.start or bool(_OPENS.search(text, max(para.start, s2 - 6),
                                                                        s2))
            if p.after.match(text, e2, para.end) and not (  # 'NightHarbor' opening one is a name
                    opens_sentence and len(text[s2:e2].split()) == 1 and not _CAMEL.match(text, s2, e2)):
                add(s2, e2, "work.title_before_cue")
            app = p.appositive.match(text, e2, para.end)
            if app:
                add(s2, e2, "work.title_appositive", words.kind_lookup.get(app.group("kind").lower()))
            elif len(text[s2:e2].split()) >= 2 or not opens_sentence:
                add(s2, e2, "work.title_repeated")  # a lone word opening a sentence is no name
            if headline_like:
                # a headline capitalizes everything: 'TITLE Box Office Collection Day 10' is
                # the title, then a cue that the run swallowed
                inner = p.after_in_run.search(text, s2 + 1, e2)
                if inner and inner.start() > s2 and text.count(text[s2 : inner.start()]) > 1:
                    add(s2, inner.start(), "work.title_headline_cue")
        for s, e, _inner in quoted:
            # '"TITLE," starring A': the comma inside the closing quote, then the cue
            close = _QUOTE_CLOSE.match(text, e, para.end)
            if p.after.match(text, min(e + 1, para.end), para.end) or (
                    close and _CREDIT_AFTER.match(text, close.end(), para.end)):
                add(s, e, "work.title_before_cue")
            app = p.appositive.match(text, min(e + 1, para.end), para.end)
            if app:
                add(s, e, "work.title_appositive", words.kind_lookup.get(app.group("kind").lower()))
    for s, e in headline_prefixes(ctx):
        add(s, e, "work.title_headline_prefix")
    for s, e in sentence_case_titles(ctx):
        add(s, e, "work.title_sentence_case")
    box = fact_box_title(ctx)
    if box is not None:
        add(box[0], box[1], "work.title_fact_box", box[2])
    return hits
