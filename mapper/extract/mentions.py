"""Place names in sentences: gazetteer hits, names the gazetteer spells otherwise, names in
place contexts ("the village of X", a list of villages), area phrases ("Lachin district"),
settled homonyms."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field, replace

from mapper import morph
from mapper.dates import MONTHS, WEEKDAYS
from mapper.extract import roles
from mapper.extract.sentences import Sentence
from mapper.gazetteer import Gazetteer
from mapper.lang import alternation, words
from mapper.match import (
    FUZZY_CONTEXT_SCORE,
    FUZZY_RESOLVE_SCORE,
    LEADING_WORDS,
    Matcher,
    distance_km,
)
from mapper.model import Candidate, Place, Resolution
from mapper.names import fold, key, qualifier
from mapper.scan import Cued, Cues, Hit, cue_words, vocabulary

AREA_PRECISIONS = ("district", "region")
#: Radius of "near X", at least.
NEAR_RADIUS_M = 5000.0
#: Shortest name looked up by its key (in Latin letters; in other scripts, where a capitalised
#: word is rarely an English one, "Сотк"), and shortest normal form of a declined word ("Шуша"):
#: shorter ones are too often ordinary words.
MIN_KEY_NAME, MIN_KEY_NAME_OTHER_SCRIPT, MIN_NORMAL_FORM = 5, 4, 4
#: Places closer than this to another place of the report settle a homonym.
HOMONYM_CONTEXT_KM = 30
#: A settlement listed with others of one area, this far from each of them and outside it, is
#: a namesake the gazetteer lacks (:meth:`MentionFinder.namesakes_outside`): further than
#: neighbouring provinces' towns named together (Jermuk and Goris, about 70 km).
NAMESAKE_KM = 120
#: A homonym near the report's places is the one at most this share of the others' distance.
NEAREST_RATIO = 0.5

_ARTICLES = alternation("ARTICLES")
# Words that make a place an approximate location: "near X", "in the vicinity of X".
_NEAR = vocabulary(lambda v: rf"(?:{v})\s+(?:{alternation('NEAR_TAIL')})$", words("NEAR"),
                   word_start=False, cues=cue_words(words("NEAR")), shortest=1)
# Area words after a name ("Lachin district", "в Гадрутском районе", "the X and Y districts") or
# before it ("la région de Hadrout"): the name is the area's, not its town's.
# ... past the name's other spelling in brackets, or the bracket that closes the name ("the
# Berdzor (Lachin) region": both names the region's)
_AREA_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{1,40}}\)\s*|\)\s*)?(?P<word>{alternation('AREA_AFTER')})\b", re.I)
_AREA_BEFORE = vocabulary(  # a word may qualify it ("les districts azerbaïdjanais de X")
    lambda v: rf"(?:{v})(?:\s+(?-i:[a-zà-ÿ])[\w'’-]+)?\s+(?:{alternation('AREA_OF')})\s*"
              rf"(?:(?:{_ARTICLES})\s+)?$",
    words("AREA_BEFORE"), word_start=False, cues=cue_words(words("AREA_BEFORE")),
)
#: Characters before a name read for the area word that makes it an area's.
AREA_REACH = 45
_AREA_WORD_AT_END = re.compile(rf"\s+(?:{alternation('AREA_AFTER')})$", re.I)
_AREA_ADJECTIVE = re.compile(rf"(?:{alternation('AREA_ADJECTIVE_ENDINGS')})$", re.I)
_GAP = rf"\s*(?:,|,?\s*(?:{alternation('AND')})(?!\w))\s*"
# ... where a list may repeat its preposition ("les régions de Syunik et de Gegharkunik")
_AGAIN = rf"(?:(?:{alternation('AND_AGAIN')})(?:\s+|(?<=['’])))?"
_LIST_GAP = re.compile(rf"^{_GAP}{_AGAIN}$", re.I)
# ... or with a settlement word before the next ("les régions de X, Y et de la ville de Z": the
# town is one of the list, not a place of those areas; not an area of the list itself)
_LIST_GAP_KIND = re.compile(
    rf"^{_GAP}{_AGAIN}(?:(?:{alternation('LIST_KIND')})(?:\s+|(?<=['’])))?$", re.I)
# The same gap after a name, and before one (a list's next or previous name starts or ends there).
LIST_NEXT = re.compile(_GAP, re.I)
_LIST_BEFORE = re.compile(rf"(?:\s*,\s*|(?:\s*,)?\s+(?:{alternation('AND')})\s+)$", re.I)
# "and" just before a name: the list it ends is closed ("Baku and Mardakan, Turan reported").
_AND_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('AND')})\s+$", re.I)
# A speech verb just after a name: the name is a speaker's ("Arpi, Karen said").
_SPEAKS_AFTER = re.compile(rf"\s+(?:{alternation('SPEECH')})(?!\w)", re.I)
# A place cue before a weak name (an ordinary word that is also a village name).
_PLACE_CUE = vocabulary(
    lambda v: rf"(?:{v})\s+(?:(?:{alternation('AREA_OF')})\s+)?(?:(?:{_ARTICLES})\s+)?$",
    words("PLACE_CUES"), word_start=False, cues=cue_words(words("PLACE_CUES")),
)
_PLACE_CUE_AFTER = re.compile(rf"^\s+(?:{alternation('PLACE_CUES_AFTER')})\b", re.I)
# Words just before a name that call it a town ("город Лачин"): the town, whatever is beside it.
_TOWN_CUE = re.compile(rf"(?<!\w)(?:{alternation('TOWN_CUES')})\s*$", re.I)
# A capitalised name in a place context, for names the gazetteer may lack.
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁԱ-Ֆ][\w'’-]+(?:[ -](?:[A-ZÀ-ÖØ-ÞƏА-ЯЁԱ-Ֆ][\w'’-]+))?"
_CONTEXT_NAME = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})(?P<name>{_NAME})"
              rf"(?:\s+(?:{alternation('AND')})\s+(?P<name2>{_NAME}))?",
    words("CONTEXT_CUES"), flags=0,
)
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁԱ-Ֆ"
_ONE_NAME = rf"[{_CAPITALS}][\w'’-]+"
# A word's first letter: the lookbehind comes after the letter, since Python's re scans for a
# regex's first character class in C but tries one that opens with a lookbehind at every
# position (three times slower over a sentence).
_INITIAL = r"(?:(?<![\w'’-].)|(?<=\b[dlDL]['’].))"  # a French elision stays out: "d’Eraskh"
# More names of the list a context cue opens ("the villages of X, Y, Z and W").
_AND = alternation("AND")
_LIST_MORE = re.compile(rf"(?:\s*,\s*(?:(?:{_AND})\s+)?|\s+(?:{_AND})\s+)"
                        rf"(?:(?:{alternation('AND_AGAIN')})(?:\s+|(?<=['’])))?(?P<name>{_NAME})")
# A name before an area word ("Кяльбаджарского района", "Lachin district"): a place however
# it is spelled.
_AREA_NAME = Cued(
    re.compile(rf"(?P<name>[{_CAPITALS}]{_INITIAL}[\w'’-]+)\s+"
               rf"(?i:{alternation('AREA_AFTER')})(?!\w)"),
    cue_words(words("AREA_AFTER")),
)
# A district's adjective in lower case before a sector word: "на кельбаджарском направлении"
# (kept only where it names a place: not "на армянском участке").
_SECTOR_NAME = Cued(
    re.compile(rf"(?<![\w-])(?P<name>{alternation('SECTOR_ADJECTIVE')})\s+"
               rf"(?i:{alternation('SECTOR_AFTER')})(?!\w)"),
    cue_words(words("SECTOR_AFTER")),
)
_AREA_NAME_AT = re.compile(rf"{_ONE_NAME}\s+(?i:{alternation('AREA_AFTER')})(?!\w)")
# Names that their district qualifies ("Keshdak and Barmagbin of the Kalbajar region"): a
# spelling the gazetteer lacks is the place of a similar name in that district.
_IN_AREA = Cued(
    re.compile(rf"(?P<names>{_ONE_NAME}(?:(?:\s*,\s*|\s+(?:{_AND})\s+){_ONE_NAME})*)"
               rf"(?:\s+(?i:{alternation('APPOSITION')})s?)?\s+(?:(?i:{alternation('AREA_IN')})\s+)?"
               rf"(?:(?i:{_ARTICLES})\s+)?(?P<area>{_ONE_NAME})\s+"
               rf"(?i:{alternation('AREA_AFTER')})(?!\w)"),
    cue_words(words("AREA_AFTER")),
)
# ... or stands before them, owning them: "Kalbajar region's Zaylik settlement", "Lachin's
# Jaghazur settlement" (without the area word, a settlement word must follow).
# The list ends before the next area's name ("Kalbajar region's A, B, Gadabay region's C").
_OWNED_NAME = rf"{_NAME}(?![\w'’-])(?!(?:\s+(?i:{alternation('AREA_AFTER')}))?['’]s\s)"
_AREA_OWNS = re.compile(
    rf"(?P<area>{_ONE_NAME})(?P<word>\s+(?i:{alternation('AREA_AFTER')}))?['’]s\s+"
    rf"(?P<names>{_OWNED_NAME}(?:(?:\s*,\s*|\s+(?:{_AND})\s+){_OWNED_NAME})*)"
    rf"(?(word)|\s+(?i:{alternation('APPOSITION')})s?(?!\w))")
_LIST_SPLIT = re.compile(rf"\s*,\s*|\s+(?:{_AND})\s+")
# A height named after a settlement, alone or in a list: "the Saribaba height", "the heights of
# Girkhgiz and Saribaba", "les hauteurs Qyrkhqyz, Sarybaba", "высоты Сарыбаба".
_OTHER_NAMES = rf"(?:[\w'’-]+(?:\s*,\s*|\s+(?:{_AND})\s+))*"
_HEIGHT_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation('HEIGHT_BEFORE')})\s+[\"“«]?{_OTHER_NAMES}$", re.I)
_HEIGHT_AFTER = re.compile(
    rf"^[\"”»]?(?:(?:\s*,\s*|\s+(?:{_AND})\s+)[\w'’-]+)*\s+(?:{alternation('HEIGHT_AFTER')})"
    rf"(?!\w)", re.I)
# "Lusakhach, a small village in the hills": a name in apposition to a settlement word.
_APPOSITION_NAME = Cued(
    re.compile(
        rf"(?P<name3>{_NAME}),\s+(?:{alternation('APPOSITION_ARTICLES')})\s+(?:[\w-]+\s+){{0,2}}"
        # not a village's official ("Arsen Hakobyan, the village head"): a person
        rf"(?:{alternation('APPOSITION')})\b(?!\s+(?:{alternation('LOCAL_ROLES')})\b)"
    ),
    cue_words(words("APPOSITION")),
)
# "Jaghazar settlement", "the Mekhtili village of ...": a name a settlement word follows.
_NAME_BEFORE_APPOSITION = Cued(
    re.compile(rf"(?P<name>{_NAME})\s+(?:{alternation('APPOSITION')})(?!\w)"),
    cue_words(words("APPOSITION")),
)
# Runs of capitalised words, for spellings the gazetteer lacks but whose key it knows.
_CAPITALISED = re.compile(
    rf"(?:(?<![\w'’-])|(?<=\b[dlDL]['’]))(?:(?i:{alternation('GENERIC_BEFORE')}) )?"
    r"[A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁ][\w'’-]+)*"
    rf"(?: (?:{alternation('GENERIC_AFTER')})(?!\w))?"  # "Черного озера": the lake's name
)
# The same runs in a sentence without a generic word ("lake", "river"), most of them.
_GENERIC = Cues(cue_words(words("GENERIC_BEFORE") + words("GENERIC_AFTER")))
_CAPITALISED_BARE = re.compile(
    rf"[A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁ]{_INITIAL}[\w'’-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁ][\w'’-]+)*"
)
_WORD = re.compile(r"[^ -]+(?:-[^ -]+)*")
_HYPHEN_PART = re.compile(r"[^ -]+")
_NOT_A_NAME = re.compile(rf"^(?:{alternation('NOT_NAMES')})$")
#: Words of a date, in every language read: a capitalised run with one ("On Tuesday", "In May"
#: before ", the village of X") is no name. No gazetteer name holds one.
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _dates_a_day(name: str) -> bool:
    return any(w.casefold() in _DATE_WORDS for w in name.split())


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place | None
    candidates: tuple[str, ...] = ()
    method: str = ""
    score: float = 0.0
    sent: Sentence | None = field(default=None, repr=False, compare=False)
    # a town whose area qualifies the names before it ("Zod settlement of the Basarkechar
    # region"): where they are, not a site itself
    container: bool = False

    @functools.cached_property
    def near(self) -> bool:
        """True when a word before the name makes it approximate ("near X", "in the vicinity
        of X"): read for the names claims are made of, not for every name."""
        if self.sent is None:
            return False
        rel = self.start - self.sent.start
        return bool(_NEAR.search(self.sent.text, self.sent.folded, rel - 40, rel))


class MentionFinder:
    """Finds the place mentions of sentences against one gazetteer."""

    def __init__(self, gazetteer: Gazetteer, matcher: Matcher, lookup) -> None:
        self.gazetteer = gazetteer
        self.matcher = matcher
        self._lookup = lookup
        self._key_lookup = functools.lru_cache(maxsize=8192)(self._key_lookup_uncached)
        self._run_names = functools.lru_cache(maxsize=8192)(self._run_names_uncached)
        # Places whose name is also a side's voice ("Baku", "Yerevan"): actors when they speak.
        self.alias_keys = {key(a) for _, a, _ in gazetteer.aliases}
        self.voices = {n.place_id for n in gazetteer.names if key(n.name) in self.alias_keys}

    def seats(self, sent: Sentence, hits: list[Hit]) -> list[tuple[int, str]]:
        """(start, place id) of each settlement a local official of the sentence is named by
        ("Глава Сотка", "the head of Kut"): no site, but the village "the village" means."""
        out = []
        for h in hits:
            if h.kind != "claimant" or h.ids[0] in self.gazetteer.claimants:
                continue
            for run in _CAPITALISED_BARE.finditer(sent.text, h.start - sent.start,
                                                  h.end - sent.start):
                # the run ("Hin Shen"), else its words ("Глава Сотка" opening a sentence)
                for word in (run, *_HYPHEN_PART.finditer(run.group())):
                    place = self._lookup(word.group()).place
                    if place is not None and place.precision in _CITY_PRECISIONS:
                        start = run.start() + (word.start() if word is not run else 0)
                        out.append((sent.start + start, place.id))
                        break
        return out

    def find(self, sent: Sentence, hits: list[Hit]) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        text = sent.text
        speakers = {(h.start, h.end) for h in hits if h.kind == "claimant"}
        # a place's official named by it ("Goris deputy mayor", "замглавы Гориса"): the place
        # is where the speaker is from, not a site
        officials = [(h.start, h.end) for h in hits
                     if h.kind == "claimant" and h.ids[0] not in self.gazetteer.claimants]
        place_hits = [
            h
            for h in hits
            if h.kind == "place"
            and not ((h.start, h.end) in speakers and roles.actor(sent, h.start, h.end))
            and not any(a <= h.start and h.end <= b for a, b in officials)
        ]
        for h in place_hits:
            rel = h.start - sent.start
            if h.weak:
                after = text[h.end - sent.start : h.end - sent.start + 20]
                others = any(
                    o is not h and not o.weak and abs(o.start - h.start) < 40 for o in place_hits
                )
                if not (
                    _PLACE_CUE.search(text, sent.folded, rel - 40, rel)
                    or _PLACE_CUE_AFTER.match(after)
                    or others
                    or roles.event_object(sent, h.start)  # "shelled Kut"
                ):
                    continue
            if roles.dateline(text, rel, h.end - sent.start):
                continue
            places = [self.gazetteer.places[p] for p in h.ids if p in self.gazetteer.places]
            out.append(PlaceMention(
                h.start,
                h.end,
                text[rel : h.end - sent.start],
                places[0] if len(places) == 1 else None,
                tuple(p.id for p in places),
                "exact",
                1.0,
                sent,
            ))
        covered = [(m.start, m.end) for m in out] + officials
        found = [(match.start(), match.group("name3"))
                 for match in _APPOSITION_NAME.finditer(text, sent.folded)]
        found += [(match.start("name"), match.group("name"))
                  for match in _AREA_NAME.finditer(text, sent.folded)]
        found += [(match.start("name"), match.group("name"))  # a name, not "Border village"
                  for match in _NAME_BEFORE_APPOSITION.finditer(text, sent.folded)
                  if self._lookup(match.group("name")).status != "unresolved"]
        found += [(match.start("name"), match.group("name"))
                  for match in _SECTOR_NAME.finditer(text, sent.folded)
                  if self._lookup(match.group("name")).place is not None]
        for match in _CONTEXT_NAME.finditer(text, sent.folded):
            found += [(match.start(g), match.group(g)) for g in ("name", "name2") if match.group(g)]
            end = match.end()
            while (more := _LIST_MORE.match(text, end)) and not roles.person(more.group("name")):
                found.append((more.start("name"), more.group("name")))  # not "X, Irina Yolyan"
                end = more.end()
        # "села Парух Аскеранского района": a village, then the district it lies in
        area_starts = {rel for rel, _ in found if _AREA_NAME_AT.match(text, rel)}
        found = [(rel, name[: name.rindex(" ")]
                  if " " in name and rel + name.rindex(" ") + 1 in area_starts else name)
                 for rel, name in found]
        for rel, name in sorted(found):
            if (_NOT_A_NAME.match(name.split()[0]) or key(name) in self.alias_keys
                    or _dates_a_day(name)):
                continue  # "the villages of Azerbaijan": a country, named as a side
            start = sent.start + rel
            end = start + len(name)
            if overlaps(covered, start, end):
                continue
            found_as = self._lookup(name)
            if found_as.status == "unresolved" and overlaps(list(speakers), start, end):
                continue  # "near Sotk, Armenia's Defence Ministry said": a list's end, no name
            out.append(mention(sent, start, end, found_as))
            covered.append((start, end))
        out = self._spelled_otherwise(sent, covered, out)
        out += self._in_areas(sent, out)
        out.sort(key=lambda m: m.start)
        out = self._listed(sent, out)
        self._areas(sent, out)
        self._prefer_areas(sent, out)
        self._heights(sent, out)
        return out

    def _heights(self, sent: Sentence, mentions: list[PlaceMention]) -> None:
        """A settlement's name that a height word qualifies names the height, which lies
        elsewhere: left unlocated with the settlement as its candidate."""
        for m in mentions:
            if m.place is None or m.place.precision not in roles.SETTLEMENTS:
                continue
            rel_s, rel_e = m.start - sent.start, m.end - sent.start
            if (_HEIGHT_BEFORE.search(sent.text[max(0, rel_s - 60) : rel_s])
                    or _HEIGHT_AFTER.match(sent.text[rel_e : rel_e + 60])):
                m.candidates, m.place = (m.place.id,), None
                m.method, m.score = "unresolved", 0.0

    def _prefer_areas(self, sent: Sentence, mentions: list[PlaceMention]) -> None:
        """A name an area shares with a village inside it ("Syunik", "Gegharkunik") is the
        area, unless a settlement word stands beside it ("the village of Syunik")."""
        for m in mentions:
            if not _homonym(m):
                continue
            places = [self.gazetteer.places[c] for c in m.candidates]
            areas = [p for p in places if p.precision in AREA_PRECISIONS]
            if len(areas) != 1 or not all(p.admin == areas[0].id for p in places
                                          if p is not areas[0]):
                continue
            rel, rel_end = m.start - sent.start, m.end - sent.start
            if (_PLACE_CUE.search(sent.text, sent.folded, rel - 40, rel)
                    or _PLACE_CUE_AFTER.match(sent.text[rel_end : rel_end + 20])):
                continue
            m.place, m.method = areas[0], "context"

    def _spelled_otherwise(
        self, sent: Sentence, covered: list[tuple[int, int]], out: list[PlaceMention]
    ) -> list[PlaceMention]:
        """``out`` with the capitalised names that the gazetteer spells otherwise but whose
        matching key is a place's ("Chouchi" = Shushi, "Джермуке" = Jermuk, "Verin Chorja"):
        no fuzzy guesses, no ordinary words, no short names. Such a name replaces the shorter
        names found inside it ("Esrik Jirdakhan" over a village "Esrik")."""
        runs = _CAPITALISED if _GENERIC.found(sent.folded) else _CAPITALISED_BARE
        for run in runs.finditer(sent.text):
            for a, b, res in self._run_names(run.group()):
                start, end = sent.start + run.start() + a, sent.start + run.start() + b
                inside = [(s, e) for s, e in covered if start <= s and e <= end
                          and (s, e) != (start, end)]
                replaces = (inside and res.place is not None
                            and not overlaps([c for c in covered if c not in inside], start, end))
                if not replaces and res.place is not None:
                    # a name a context cue took whole, that no place is ("населённых пунктов
                    # X-Y", a pair of villages): the places named inside it replace it
                    loose = [(m.start, m.end) for m in out if m.place is None
                             and m.method != "exact" and m.start <= start and end <= m.end
                             and (m.start, m.end) != (start, end)
                             and all(w[:1].isupper() for w in re.split(r"[ -]+", m.text))]
                    if loose and not overlaps([c for c in covered if c not in loose],
                                              start, end):
                        covered = [c for c in covered if c not in loose]
                        out = [m for m in out if (m.start, m.end) not in loose]
                if not replaces and overlaps(covered, start, end):
                    continue  # most runs: a name the scan found (before the dearer tests)
                if roles.dateline(sent.text, start - sent.start, end - sent.start) or (
                        res.place and res.place.id in self.voices
                        and roles.actor(sent, start, end)):
                    continue
                if replaces:
                    covered = [c for c in covered if c not in inside]
                    out = [m for m in out if (m.start, m.end) not in inside]
                out.append(mention(sent, start, end, res))
                covered.append((start, end))
        return out

    def _listed(self, sent: Sentence, found: list[PlaceMention]) -> list[PlaceMention]:
        """``found`` with the names of a list of villages that the gazetteer spells otherwise
        ("Khramort, Khnabad, Nakhichevanik"): a capitalised name listed next to a settlement
        found is the place its loose lookup finds, when that lies near its neighbour."""
        out, text = list(found), sent.text
        # where a name listed after or before a settlement would end or start (offsets in the
        # sentence), with that settlement
        starts: dict[int, PlaceMention] = {}
        ends: dict[int, PlaceMention] = {}

        def listed_beside(m: PlaceMention) -> None:
            rel_s, rel_e = m.start - sent.start, m.end - sent.start
            # a comma after a list closed by "and" opens no further name: "Yeghegnadzor and
            # Arpi, Karen said", "Baku and Mardakan, Turan reported" (a speaker, an outlet)
            if (gap := LIST_NEXT.match(text, rel_e)) and not (
                    gap.group().strip() == ","
                    and _AND_BEFORE.search(text, max(0, rel_s - 12), rel_s)):
                starts[gap.end()] = m
            if gap := _LIST_BEFORE.search(text, max(0, rel_s - 12), rel_s):
                ends[gap.start()] = m

        for m in found:
            if m.place is not None and m.place.precision in roles.SETTLEMENTS:
                listed_beside(m)
        # most list neighbours are names found already: look further only beside one that is not
        found_at = {m.start - sent.start for m in out} | {m.end - sent.start for m in out}
        if not any(at not in found_at and at < len(text) and text[at].isupper() for at in starts
                   ) and not any(at not in found_at and text[at - 1 : at].isalpha() for at in ends):
            return out
        for run in _CAPITALISED_BARE.finditer(text):
            neighbours = [m for m in (starts.get(run.start()), ends.get(run.end())) if m]
            name = run.group()
            if (not neighbours or len(name) < MIN_KEY_NAME or name.count(" ") > 1
                    or fold(name) in self.gazetteer.common_words or _dates_a_day(name)
                    or _SPEAKS_AFTER.match(text, run.end())
                    or overlaps([(m.start, m.end) for m in out], sent.start + run.start(),
                                sent.start + run.end())
                    # (cached: most names; one like no name at all its neighbours cannot help)
                    or (alone := self._lookup(name)).best is None
                    or alone.best.score < FUZZY_CONTEXT_SCORE):
                continue
            res = self.matcher.lookup(name, context=[m.place.id for m in neighbours])
            if res.place is not None and res.place.precision in roles.SETTLEMENTS and any(
                    distance_km(res.place, m.place) <= HOMONYM_CONTEXT_KM for m in neighbours):
                new = mention(sent, sent.start + run.start(), sent.start + run.end(), res)
                out.append(new)
                listed_beside(new)
        out.sort(key=lambda m: m.start)
        return out

    def _in_areas(self, sent: Sentence, found: list[PlaceMention]) -> list[PlaceMention]:
        """Names that the district after them settles ("Keshdak and Barmagbin of the Kalbajar
        region", "Aghdam village of Tovuz District", "Kalbajar region's Zaylik settlement"): a
        name no other step found is the place its lookup finds, however loosely spelt, and a
        homonym found is its place, if that place lies in the district."""
        covered = [(m.start, m.end) for m in found]
        out = []
        matches = [(m, -1) for m in _IN_AREA.finditer(sent.text, sent.folded)]
        if "'s" in sent.text or "’s" in sent.text:  # X's: the regex alone tries every name
            matches += [(m, 0) for m in _AREA_OWNS.finditer(sent.text)]
        for match, beside in matches:  # beside: which of the names stands next to the district
            area = self._lookup(f"{match.group('area')} district").place
            if area is None:
                continue
            if area.precision not in AREA_PRECISIONS:
                # "Zod settlement of the Basarkechar region": a town's area, held only as the
                # town, contains the place named; the town is no site of it
                within = range(sent.start + match.start("names"), sent.start + match.end("names"))
                if any(m.place is not None and m.start in within for m in found):
                    for m in found:
                        m.container |= m.start == sent.start + match.start("area")
                continue
            at = match.start("names")
            # "Azerbaijan's Kalbajar and Armenia's Gegharkunik region": two countries' places
            possessive = re.search(r"['’]s\b", match.group("names")) is not None
            names = _LIST_SPLIT.split(match.group("names"))
            for k, name in enumerate(names):
                rel = sent.text.index(name, at)
                at = rel + len(name)
                start, end = sent.start + rel, sent.start + rel + len(name)
                same = next((m for m in found if (m.start, m.end) == (start, end)), None)
                if same is not None and same.place is None:  # a homonym the district settles
                    inside = [c for c in same.candidates
                              if self.gazetteer.places[c].admin == area.id]
                    if len(inside) == 1:
                        same.place, same.method = self.gazetteer.places[inside[0]], "context"
                elif (same is not None and not possessive and k == beside % len(names)
                      and same.place.precision not in AREA_PRECISIONS
                      and same.place.admin != area.id and not encloses(area, [same.place])):
                    # (the name next to the district) a place of that name elsewhere: the
                    # district's is one the gazetteer lacks
                    same.candidates, same.place = (same.place.id,), None
                    same.method, same.score = "unresolved", 0.0
                if overlaps(covered, start, end) or _NOT_A_NAME.match(name):
                    continue
                res = self._lookup(name)
                if res.place is not None and res.place.admin == area.id:
                    out.append(mention(sent, start, end, res))
        return out

    def _run_names_uncached(self, run: str) -> tuple[tuple[int, int, Resolution], ...]:
        """The stretches of a run of capitalised words (its first three words, longest first)
        whose key names a place; in a run with a hyphen, also those of its first four
        hyphen-parted words that no stretch found covers ("Шуши-Зарифлу": each end of a pair
        that names no place as a whole)."""
        found = self._stretches(run, [(m.start(), m.end()) for m in _WORD.finditer(run)][:3])
        if "-" in run:
            found += [(a, b, res) for a, b, res in self._stretches(
                run, [(m.start(), m.end()) for m in _HYPHEN_PART.finditer(run)][:4])
                if not overlaps([(x, y) for x, y, _ in found], a, b)]
        return tuple(found)

    def _stretches(self, run: str, found_words: list[tuple[int, int]]
                   ) -> list[tuple[int, int, Resolution]]:
        """The stretches of the words at ``found_words`` of ``run``, longest first, whose key
        names a place."""
        found = []
        for size in range(len(found_words), 0, -1):
            for i in range(len(found_words) - size + 1):
                if i and qualifier(run[found_words[i - 1][0] : found_words[i - 1][1]]):
                    continue  # "Yuxarı Veysəlli" is not Veysəlli, which may be Aşağı Veysəlli
                a, b = found_words[i][0], found_words[i + size - 1][1]
                if size > 1 and run[a : found_words[i][1]].casefold() in LEADING_WORDS:
                    continue  # "Near Kut", "The Goris police": the name is found alone
                res = self._key_lookup(run[a:b])
                if res is not None:
                    found.append((a, b, res))
        return found

    def _key_lookup_uncached(self, name: str) -> Resolution | None:
        """The lookup of a name when it matched exactly or by key, else None; a declined
        Russian word is also looked up by its normal forms ("Шуши": Шуша) and a place
        adjective by the names it is built on ("Шушинском": Шуша). A short Latin name must
        match exactly (an English word is near); in other scripts four letters do ("Сотк")."""
        if " " not in name and any(fold(form) in self.gazetteer.common_words
                                   for form in morph.normal_forms(name)):
            return None  # an ordinary word declined: "Красного Креста" (красный), "Сирии"
        res = self._exactish(name, MIN_KEY_NAME if name.isascii() else MIN_KEY_NAME_OTHER_SCRIPT)
        if res is None and " " not in name and len(name) >= MIN_NORMAL_FORM:
            for form in (*morph.normal_forms(name), *morph.adjective_bases(name)):
                res = self._exactish(form, MIN_NORMAL_FORM)
                if res is not None:
                    break
        if res is None and name.count(" ") == 1 and morph.cyrillic(name):
            # a two-word name declined word by word: "у Хин Шена", "у Старого Таглара"
            first, last = name.split(" ")
            for a in (first, *morph.normal_forms(first)):
                for b in (last, *morph.normal_forms(last)):
                    if (a, b) != (first, last) and (res := self._exactish(f"{a} {b}",
                                                                          MIN_NORMAL_FORM)):
                        return res
        return res

    def _exactish(self, name: str, shortest: int) -> Resolution | None:
        if len(name) < shortest or fold(name) in self.gazetteer.common_words:
            return None
        res = self.matcher.lookup(name, fuzzy=False)
        if res.status == "unresolved" or res.best.method not in ("exact", "variant", "key"):
            return None
        return res

    def _areas(self, sent: Sentence, mentions: list[PlaceMention]) -> None:
        """Re-resolve names that an area word makes areas: "Lachin district", "la région de
        Hadrout", "the Dashkasan, Kalbajar and Lachin districts"."""
        text = sent.text
        for group in _lists(mentions):
            last = group[-1]
            after = _AREA_AFTER.match(text[last.end - sent.start:])
            # the area word after the list, or ending its last name ("X, Y and Z Districts")
            ending = _AREA_WORD_AT_END.search(last.text)
            word = after.group("word") if after else ending.group().strip() if ending else None
            targets = []
            if word:
                targets = group if _plural(word) else [last]
            # ... or before it: "les régions de Kelbédjer, Dachkéssen et Guédébey"
            first = group[0].start - sent.start
            before = _AREA_BEFORE.search(text, sent.folded, first - AREA_REACH, first)
            if before and _plural(before.group().split()[0]):
                targets = group
            targets += [m for m in group if all(m is not t for t in targets)
                        and (_AREA_BEFORE.search(text, sent.folded,
                                                 m.start - sent.start - AREA_REACH,
                                                 m.start - sent.start)
                             or _AREA_ADJECTIVE.search(m.text))]
            for m in targets:
                res = self._lookup(f"{m.text} district")
                best = res.best
                if best and best.place.precision not in AREA_PRECISIONS:
                    best = self._named_after(best)  # "Dachkéssen": a town's name, its district's
                if best and res.status != "unresolved" and best.place.precision in AREA_PRECISIONS \
                        and (m.place is None or m.place.precision in AREA_PRECISIONS
                             or encloses(best.place, [m.place], reach=3)):
                    # (the area named after a settlement holds it: "the area of Nor Shen" is no
                    # district far away that a similar name once named)
                    m.place, m.candidates = best.place, (best.place.id,)
                    m.method, m.score = "key", best.score

    def _named_after(self, candidate: Candidate) -> Candidate | None:
        """The district or province a settlement gives its name to ("Dashkasan" in Dashkasan
        District; Martakert, "Aghdara" in Azerbaijani, beside its province in Tartar District),
        as a candidate of the same method and score; else None."""
        area = self.gazetteer.places.get(candidate.place.admin or "")
        if area is None or key(area.name.rsplit(" ", 1)[0]) != key(candidate.place.name):
            area = self.matcher.area_named_for(candidate.place)
        return None if area is None else replace(candidate, place=area)

    def settle_homonyms(self, mentions: list[list[PlaceMention]]) -> None:
        """Resolve a name several places carry: by a gloss or an area its sentence names, else
        as the one of its places the report names or settles elsewhere, else by the report's
        other places: the candidate near them, else the one in the same country as the other
        places of its sentence."""
        # Each distinct place once, and each set of candidates once: the work grows with the
        # number of mentions, not with mentions times places.
        located = list({m.place.id: m.place for ms in mentions for m in ms
                        if m.place is not None
                        and m.place.precision not in AREA_PRECISIONS}.values())
        areas = list({m.place.id: m.place for ms in mentions for m in ms
                      if m.place is not None and m.place.precision in AREA_PRECISIONS}.values())
        area_ids = {a.id for a in areas}

        def in_named_area(p: Place) -> bool:
            return any(encloses(a, [p], reach=1.0) for a in areas)

        # First what a name's own sentence says: a gloss, or an area the report names after
        # one of its places; then what the report settled so elsewhere (below); then nearness.
        pending: list[tuple[PlaceMention, list[PlaceMention], list[Place], bool]] = []
        for ms in mentions:
            for m in ms:
                loose = _loose(m)
                if not (_homonym(m) or loose):
                    continue
                if (glossed := _glossed(m, ms)) is not None:
                    _settle(m, glossed)
                    continue
                places = [self.gazetteer.places[pid] for pid in m.candidates]
                # the town an area the report names is named after ("Aghdam" in a report of
                # the Aghdam region is its town, not a village officially called so elsewhere)
                namesakes = [p for p in places if (a := self.matcher.area_named_for(p))
                             is not None and a.id in area_ids]
                if not namesakes and self._lists_areas(m, ms):
                    # ... or a list of areas names it: the one an area is named after
                    # ("mine maps for Aghdam, Fuzuli and Zangilan")
                    namesakes = [p for p in places if self.matcher.area_named_for(p)]
                if not loose and len(namesakes) == 1:
                    _settle(m, namesakes[0])
                    continue
                pending.append((m, ms, places, loose))
        # A name is the place it was where the report said which ("Aghdam" read in a list of
        # districts is the same Aghdam two sentences on, told alone, whatever lies near it);
        # not a name two of whose places the report names or settled, each somewhere.
        settled = {m.place.id for ms in mentions for m in ms if m.place is not None}
        nearby: dict[tuple[str, ...], list[Place]] = {}
        for m, ms, places, loose in pending:
            if not loose and len(same := [p for p in places if p.id in settled]) == 1:
                _settle(m, same[0])
                continue
            if m.candidates not in nearby:
                nearby[m.candidates] = [p for p in places if any(
                    o.id != p.id and distance_km(p, o) <= HOMONYM_CONTEXT_KM
                    for o in located)]
            near = nearby[m.candidates]
            if loose:  # a loose spelling: only the one place near or inside the report's
                close = {c.place.id for c in self._lookup(m.text).candidates
                         if c.score >= FUZZY_RESOLVE_SCORE}
                near = [p for p in near or [p for p in places if p.admin in area_ids]
                        if p.id in close]
                if len(near) == 1:
                    m.place = near[0]
                continue
            if len(near) != 1:
                countries = {o.place.country for o in ms if o.place is not None}
                pool = near or places
                near = [p for p in pool if p.country in countries] if countries else []
            if not near and areas:  # none near: the one inside an area the report names
                near = [p for p in places
                        if p.precision not in AREA_PRECISIONS and in_named_area(p)]
            if len(near) > 1:  # the one inside an area the report names: by admin first
                by_admin = [p for p in near if p.admin in area_ids]
                if len(by_admin) > 1:
                    # several that the gazetteer puts in it (two of a province's villages):
                    # the one the report's places surround, or the nearest, among them
                    near = (_most_surrounded(by_admin, located)
                            or _nearest(by_admin, located))
                else:
                    inside = by_admin or [p for p in near if in_named_area(p)]
                    near = (inside or _most_surrounded(near, located)
                            or _nearest(near, located))
            if len(near) == 1:
                _settle(m, near[0])

    def namesakes_outside(self, mentions: list[list[PlaceMention]]) -> None:
        """A settlement listed with two or more others that all lie in one area its sentence
        names, which the gazetteer puts outside that area and far from each of them ("the
        villages of A, B, X and C of Syunik", X a town of another province): the report's X is
        a namesake the gazetteer lacks, unresolved (its one candidate inside the area, if it
        has one), in every sentence that names it; not a place drawn hundreds of kilometres
        off. Not where the area is named only in another sentence: a list may run across a
        border of areas ("in Gegharkunik. ... shots near Kapan, Artanish and Sotk")."""
        refuted: set[tuple[str, str]] = set()
        named: set[str] = set()
        for ms in mentions:
            here = {m.place.id for m in ms
                    if m.place is not None and m.place.precision in AREA_PRECISIONS}
            if not here:
                continue
            named |= here
            for group in _lists(ms):
                towns = [m for m in group if m.place is not None
                         and m.place.precision in roles.SETTLEMENTS]
                # (two are no list with an odd one out: "X and Y village of Z district" names
                # the district of Y alone)
                if len(towns) < 3 or len(towns) < len(group):
                    continue
                for m in towns:
                    mates = [o.place for o in towns if o is not m]
                    admins = {o.admin for o in mates}
                    if (len(admins) == 1 and (area := admins.pop()) in here
                            and m.place.admin != area
                            and all(distance_km(m.place, o) > NAMESAKE_KM for o in mates)):
                        refuted.add((key(m.text), m.place.id))
        if not refuted:
            return
        places = self.gazetteer.places
        for ms in mentions:
            for m in ms:
                if m.place is not None and (key(m.text), m.place.id) in refuted:
                    inside = [places[c] for c in m.candidates
                              if c in places and places[c].admin in named]
                    m.place = inside[0] if len(inside) == 1 else None
                    m.candidates = (m.place.id,) if m.place is not None else ()

    def _lists_areas(self, m: PlaceMention, sentence: list[PlaceMention]) -> bool:
        """True when at least two other places of a mention's sentence are named and all are
        districts or regions, or towns with an area named after them: a list of areas."""
        others = [o.place for o in sentence if o is not m and o.place is not None]
        return len(others) >= 2 and all(
            o.precision in AREA_PRECISIONS or self.matcher.area_named_for(o) is not None
            for o in others)

    def containers(self, mentions: list[PlaceMention]) -> None:
        """A town named beside other places of the area that bears its name names that area:
        "Heydarabad, Sadarak district of Nakhchivan" names the Nakhchivan Autonomous Republic,
        not its capital city. Unless words call it a town ("entered the town of Lachin and the
        villages of Zabukh and Sus")."""
        inside = {m.place.admin for m in mentions if m.place is not None and m.place.admin}
        for m in mentions:
            p = m.place
            area = self.gazetteer.places.get(p.admin) if p is not None and p.admin else None
            if (area is not None and p is not None and p.admin in inside
                    and any(o.place is not None and o.place is not p and o.place.admin == area.id
                            for o in mentions)
                    and key(area.name).startswith(key(m.text))
                    and not (m.sent is not None and _TOWN_CUE.search(
                        m.sent.text, max(0, m.start - m.sent.start - 30), m.start - m.sent.start))):
                m.place, m.candidates = area, (area.id,)


# "X (Y)", "Y (X)": two names of one place side by side, one in brackets.
_GLOSS_GAP = re.compile(r"\s*\(\s*")


def _glossed(m: PlaceMention, ms: list[PlaceMention]) -> Place | None:
    """The place of the name in brackets just after a homonym ("Istisu (Jermuk)"), or of the
    name just before the brackets a homonym stands in ("Jermuk (Istisu)"), when that place is
    one of the homonym's: a report glosses a name the other side uses with its own; else None."""
    if m.sent is None:
        return None
    text, base = m.sent.text, m.sent.start
    for o in ms:
        if o is m or o.place is None or o.place.id not in m.candidates:
            continue
        first, second = (m, o) if m.start < o.start else (o, m)
        gap = text[first.end - base : second.start - base]
        if (_GLOSS_GAP.fullmatch(gap) and "(" in gap
                and text[second.end - base : second.end - base + 1] == ")"):
            return o.place
    return None


def _most_surrounded(candidates: list[Place], located: list[Place]) -> list[Place]:
    """The candidate that most of the report's places lie near, when it has at least
    twice as many of them as any other ("Aghdam" among eight villages of Tovuz is Tovuz's
    Aghdam, not the town one village of the report is near); else none."""
    counts = sorted(((sum(o.id != p.id and distance_km(p, o) <= HOMONYM_CONTEXT_KM
                          for o in located), p.id, p) for p in candidates), reverse=True)
    (first, _, best), (second, _, _) = counts[0], counts[1]
    return [best] if first >= 2 and first >= 2 * second else []


def _nearest(candidates: list[Place], located: list[Place]) -> list[Place]:
    """The candidate at most half as far from the report's nearest other place as any other
    candidate is ("Vorotan" beside Shurnukh is the village 7 km away, not the one 21 km away
    that once bore the name); else none."""
    dists = sorted((min((distance_km(p, o) for o in located if o.id != p.id), default=math.inf),
                    p.id, p) for p in candidates)
    (first, _, best), (second, _, _) = dists[0], dists[1]
    return [best] if first < math.inf and first <= NEAREST_RATIO * second else []


def _loose(m: PlaceMention) -> bool:
    """A name in a place context ("the village of X", "X settlement") that is spelt like
    several places, none exactly: the report's other places may settle which."""
    return (m.place is None and len(m.candidates) > 1 and m.method == "fuzzy"
            and m.score >= FUZZY_RESOLVE_SCORE)  # not a suggestion for a name unknown


def _homonym(m: PlaceMention) -> bool:
    """A name several places carry as written or by key: context may settle which. The
    candidates of a name matched only fuzzily are suggestions for a person, not homonyms."""
    return m.place is None and len(m.candidates) > 1 and m.method in ("exact", "variant", "key")


# "the village" with no name after it: the settlement the paragraph has named.
# (run only in a sentence with one of its words: "village", "селе", "commune")
_ANAPHOR = Cued(re.compile(rf"(?<!\w)(?:{alternation('ANAPHORS')})(?!\w)", re.I),
                cue_words(words("ANAPHORS")))
_ANAPHOR_PRECISIONS = ("village", "town")
_CITY_ANAPHOR = re.compile(rf"(?<!\w)(?:{alternation('CITY_ANAPHORS')})(?!\w)", re.I)
_CITY_PRECISIONS = (*_ANAPHOR_PRECISIONS, "city")


def anaphors(sentences: list[Sentence], by_sentence: list[list[Hit]],
             mentions: list[list[PlaceMention]], places: dict[str, Place],
             seats: list[list[tuple[int, str]]]) -> None:
    """"The head of Shurnukh said soldiers entered the village": "the village" is the one
    settlement its paragraph has named so far (an official's too, ``seats``: each sentence's
    officials' settlements, as :meth:`MentionFinder.seats` gives them), else the one its
    sentence names after it ("... fired at the village, the head of Sotk said"), and a mention
    of it where the words stand; where they name none or several, it is none. "The city" may be
    a city too; "the village" is a village or town."""
    named: set[str] = set()
    para = None
    for sent, hits, ms, seated in zip(sentences, by_sentence, mentions, seats, strict=True):
        if sent.para != para:
            named, para = set(), sent.para
        here = [(h.start, h.ids[0]) for h in hits if h.kind == "place" and len(h.ids) == 1
                and (not h.weak or sent.text[h.start - sent.start].isupper())
                and h.ids[0] in places and places[h.ids[0]].precision in _CITY_PRECISIONS]
        here += seated
        here += [(m.start, m.place.id) for m in ms if m.method != "context"
                 and m.place is not None and m.place.precision in _CITY_PRECISIONS]
        for m in _ANAPHOR.finditer(sent.text, sent.folded):
            start = sent.start + m.start()
            kinds = _CITY_PRECISIONS if _CITY_ANAPHOR.search(m.group()) else _ANAPHOR_PRECISIONS
            before = ({pid for pid in named if places[pid].precision in kinds}
                      | {pid for at, pid in here if at < start and places[pid].precision in kinds}
                      or {pid for _, pid in here if places[pid].precision in kinds})
            if len(before) == 1 and not overlaps([(x.start, x.end) for x in ms],
                                                 start, start + len(m.group())):
                (pid,) = before
                ms.append(PlaceMention(start, start + len(m.group()), m.group(), places[pid],
                                       (pid,), "context", FUZZY_RESOLVE_SCORE, sent))
        ms.sort(key=lambda x: x.start)
        named |= {pid for _, pid in here}


def people(sentences: list[Sentence], by_sentence: list[list[Hit]],
           mentions: list[list[PlaceMention]]) -> None:
    """A name that a report gives a person somewhere ("Artur Nalbandian", "the body of Mehman
    Guliyev") is that person wherever else the report names it alone ("Nalbandian went
    missing", "his brother Mehman"), unless a settlement word stands before it: no place.
    ``by_sentence``: each sentence's place hits, before speakers took some."""
    spans = [(sent, h.start, h.end) for sent, hits in zip(sentences, by_sentence, strict=True)
             for h in hits]
    spans += [(m.sent, m.start, m.end) for ms in mentions for m in ms if m.sent is not None]
    names = {key(sent.text[start - sent.start : end - sent.start]) for sent, start, end in spans
             if roles.named_person(sent, start, end)}
    if not names:
        return
    for ms in mentions:
        ms[:] = [m for m in ms if key(m.text) not in names or (
            m.sent is not None and _PLACE_CUE.search(m.sent.text, m.sent.folded,
                                                     m.start - m.sent.start - 40,
                                                     m.start - m.sent.start))]


def follow_areas(mentions: list[list[PlaceMention]]) -> None:
    """Once a report names "the Kalbajar district", a bare "Kalbajar" elsewhere in it is that
    district too, not the district's town of the same name."""
    areas = {key(_AREA_WORD_AT_END.sub("", m.text)): m.place for ms in mentions for m in ms
             if m.place is not None and m.place.precision in AREA_PRECISIONS}
    if not areas:
        return
    for ms in mentions:
        for m in ms:
            area = areas.get(key(m.text))
            if (area is not None and m.place is not None and m.place is not area
                    and m.place.admin == area.id):
                m.place, m.candidates = area, (area.id,)


def _settle(m: PlaceMention, place: Place) -> None:
    """Make a homonym's mention ``place``, which the report's context chose: an exact match of
    the name becomes a match by context."""
    m.place = place
    if m.method == "exact":
        m.method = "context"


def _lists(ms: list[PlaceMention]) -> list[list[PlaceMention]]:
    """A sentence's mentions, in order, grouped into the lists a comma or "and" joins ("the
    Kalbajar and Lachin districts", "Tegh, Kornidzor and Yeghvard"); a name alone is a list."""
    lists: list[list[PlaceMention]] = []
    for m in ms:
        if (lists and m.sent is not None and _LIST_GAP.match(
                m.sent.text[lists[-1][-1].end - m.sent.start : m.start - m.sent.start])):
            lists[-1].append(m)
        else:
            lists.append([m])
    return lists


def mention(sent: Sentence, start: int, end: int, res: Resolution) -> PlaceMention:
    """A name of the sentence at [start, end) as the matcher resolved it."""
    rel = start - sent.start
    best = res.best
    return PlaceMention(
        start,
        end,
        sent.text[rel : end - sent.start],
        res.place,
        tuple(c.place.id for c in res.candidates),
        best.method if best else "",
        best.score if best else 0.0,
        sent,
    )


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _own_area_word(m: PlaceMention) -> bool:
    """Whether a mention names itself an area with a singular word ("Gegharkunik province")."""
    word = _AREA_WORD_AT_END.search(m.text)
    return word is not None and not _plural(word.group().split()[-1])


def _plural(word: str) -> bool:
    """Whether an area word is plural ("districts", "régions", "районов")."""
    return word.casefold().endswith(("s", "ов", "ах"))


def encloses(area: Place, places: list[Place], reach: float = 1.5) -> bool:
    """True when ``area`` is an area that one of ``places`` lies in, by the gazetteer's admin
    or within ``reach`` times its radius (not across a border: a town of the neighbouring
    country near a district is not in it)."""
    return area.precision in AREA_PRECISIONS and any(
        p.admin == area.id or (
            not (p.country and area.country and p.country != area.country)
            and distance_km(area, p) * 1000 <= area.uncertainty_m * reach)
        for p in places)


def drop_enclosing_areas(mentions: list[PlaceMention], triggers: list[int] = ()
                         ) -> list[PlaceMention]:
    """An area named beside finer places that lie in it (or that the gazetteer puts in it) is
    context, not a claim of its own; not one listed with them ("the districts of Stepanakert and
    Askeran"), nor a road's corridor (:data:`roles.ROADS`), which the villages near it do not
    lie in, where an event word of its own (``triggers``: offsets in the sentence) stands between
    it and the place before it: a checkpoint set up on it, its blockade, happen on the road
    itself. Not where it is named as where the place before it lies ("Aghavno, a village in the
    Lachin corridor", "X and Y, which lie along the corridor")."""
    if not any(m.place and m.place.precision not in AREA_PRECISIONS for m in mentions):
        return mentions
    lists = []  # the number of the list each mention is in
    for i, m in enumerate(mentions):
        gap = m.sent.text[mentions[i - 1].end - m.sent.start : m.start - m.sent.start] \
            if i and m.sent is not None else None
        # "Sotk and Kut, Gegharkunik province", "the Tartar district, Shikharkh": an area set
        # apart by a comma with a word of its own is where the others lie, not one of a list
        listed = gap is not None and _LIST_GAP_KIND.match(gap) and not (
            gap.strip() == "," and (_own_area_word(m) or _own_area_word(mentions[i - 1])))
        lists.append(lists[-1] if listed else i)
    def own_site(i: int) -> bool:
        m = mentions[i]
        if m.place.kind not in roles.ROADS or m.sent is None:
            return False
        if i and roles.where_it_lies(m.sent, mentions[i - 1], m):
            return False
        lo = mentions[i - 1].end - m.sent.start if i else 0
        return any(lo <= t < m.start - m.sent.start for t in triggers)

    return [m for i, m in enumerate(mentions) if m.place is None or own_site(i) or not encloses(
        m.place, [o.place for j, o in enumerate(mentions) if lists[j] != lists[i]
                  and o.place and o.place.precision not in AREA_PRECISIONS])]
