"""Claimants named in running text in forms the alias table does not hold letter for letter:
"Министерства обороны Армении", "the Defense Ministry of Azerbaijan", "Artsakh's Defense Army".

The scan finds aliases as written; these names are found around institution words (the
claimant vocabulary of :mod:`mapper.claimants`: ministry, defence, Минобороны, ministère, ...)
and resolved by the claimant index's key and fuzzy matching, within one country only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from mapper.claimants import (
    IGNORED,
    SIDE_OF,
    THIRD_STATES,
    VOCABULARY,
    ClaimantIndex,
    claimant_key,
    is_area_word,
)
from mapper.lang import alternation, words
from mapper.names import fold
from mapper.scan import Hit, vocabulary

#: Words a claimant's name spans at most, and words read on each side of an institution word,
#: not counting the words that never tell claimants apart ("de la", "of the").
MAX_WORDS, AROUND = 7, 3
#: Methods trusted for a name found in running text.
TRUSTED = ("exact", "key", "fuzzy")
_WORD = re.compile(r"[\w'’-]+")
_BREAK = re.compile(r"[«»\"“”„,;:()]")
_FUNCTION = frozenset(fold(w) for w in IGNORED if " " not in w)
#: The words of "according to" ("по данным", "selon"): they begin no claimant's name
#: ("По информации армянской стороны" names the Armenian side, not an information body).
_ACCORDING_WORD = re.compile(
    "|".join(sorted({fold(w) for p in words("ACCORDING") for w in re.findall(r"[^\W\d_]{4,}", p)},
                    key=len, reverse=True)))
#: Words of the institution vocabulary too common to anchor a search: most sentences about
#: fighting have them, and the alias scan finds "the Azerbaijani army" already.
COMMON = frozenset({"army", "armed", "forces", "military", "армия", "вооруженные", "силы",
                    "ordu", "head", "state", "general",
                    "human", "rights", "information", "center", "centre", "office", "border",
                    "граница", "frontière", "frontières", "directorate", "управление",
                    "leaders", "leadership",
                    # peacekeepers are anchored by their own word ("peacekeeping", "миротвор")
                    "soldats", "troops", "contingent", "kontingent", "контингент", "command",
                    "mission", "paix", "bleus", "силам", "силами"})
# Compared folded, as the vocabulary's words are. ("armée" is not among them: measured, it
# finds more speakers than "army" would.)
_COMMON = frozenset(fold(w) for w in COMMON)
#: Institutions whose names the scan misses in running text: bodies, and the offices of a head
#: of state or government named by the country's adjective ("армянский премьер", "the Azerbaijani
#: president"), which the aliases hold only in their usual forms.
BODIES = ("MOD", "MFA", "MOI", "SSS", "BORDER", "PROSECUTOR", "INFOCENTER", "OMBUDSMAN", "ARMY",
          "ADMIN", "PARLIAMENT", "GOV", "PEACE", "MES", "PM", "PRESIDENT")
#: Letters of an institution word compared: enough to tell the words apart, few enough that
#: Russian case endings do not matter ("Министерства" = "Министерство").
STEM = 6
# Institution words (ministry, defence, Минобороны ...): where a claimant's name may stand.
_INSTITUTION_STEMS = frozenset(
    fold(w)[:STEM] for token, phrases in VOCABULARY.items() if token in BODIES
    for phrase in phrases for w in re.findall(r"\w[\w-]*", phrase)  # "l'Intérieur": "Intérieur"
    if (len(w) >= 4 or w.isupper()) and fold(w) not in _COMMON
)


# Where an institution word starts; its words around are read within WINDOW characters.
_STEMS = sorted(map(re.escape, _INSTITUTION_STEMS), key=len, reverse=True)
ANCHORS = vocabulary(lambda v: rf"(?<![\w'’-])(?:{v})", _STEMS, flags=0)
# ... but not a statement's word that starts as one does ("информацию армянской стороны",
# "the information of the Armenian side": the side's words, not an information centre)
# (unless a centre's word follows: "Information Center", "информационный центр")
# (folded, as the text it is read in: "déclarations" is "declarations" there)
_STATEMENT_WORD = re.compile(
    rf"(?:{'|'.join(fold(w) for w in words('DENIED_STATEMENT'))})(?!\w)"
    r"(?!\s+(?:cent(?:er|re)|headquarters|центр|штаб))", re.I)
# A place's own officials ("Sotk village head", "глава села Шурнух"): a role word, read with
# the place names around it.
# (compared folded, as the text they are read in: "autorités" is "autorites" there)
_LOCAL_ROLE = vocabulary(lambda v: rf"(?<![\w'’-])(?:{v})(?![\w'’-])",
                         sorted({fold(w) for w in (*words("LOCAL_ROLES"),
                                                   *words("LOCAL_GOVERNMENT"))}))
#: An acronym in parentheses ("(MoD)", "(SBS)"), which a name may carry inside it.
_ACRONYM_ASIDE = re.compile(r"\((?=[A-Za-z]{2,6}\))[A-Za-z]*[A-Z][A-Za-z]*\)")
#: Methods trusted for a known office named around a local role word ("заместитель губернатора
#: Сюникской области", "gouverneur adjoint du Syunik": the office's alias with a word more).
LOCAL_TRUSTED = (*TRUSTED, "partial")
#: Words of a local official's name at most ("Goris deputy mayor", "the head of Sotk village").
MAX_LOCAL_WORDS = 8
WINDOW = 80
# Country words of the parties (Armenia, армянский, Azərbaycan ...): a claimant found here
# names its country. Not a third state's: read by their first letters they are words of other
# names ("Chinari", "Великое"), and "the country's ministry" is a party's in these reports.
_PARTY_WORDS = [(token, w) for token, phrases in VOCABULARY.items()
                if token in SIDE_OF and token not in THIRD_STATES
                for phrase in phrases for w in _WORD.findall(phrase)]


def _stem_sides() -> dict[str, set[str]]:
    """The sides each country stem (of a word of four letters or more) speaks for."""
    out: dict[str, set[str]] = {}
    for token, w in _PARTY_WORDS:
        if len(w) >= 4:
            out.setdefault(fold(w)[:STEM], set()).add(SIDE_OF[token])
    return out


_STEM_SIDES = _stem_sides()


def country_side(word: str) -> str | None:
    """The party a country's word speaks for ("Azerbaijani", "армянские"): a
    word of Armenia's that Karabakh's names share is Armenia's; None for no party or several."""
    sides = _STEM_SIDES.get(fold(word)[:STEM], set()) if len(word) >= 4 else set()
    if sides == {"am", "nk"}:
        return "am"
    return next(iter(sides)) if len(sides) == 1 and sides <= {"am", "az", "nk"} else None


_COUNTRY_STEMS = frozenset(_STEM_SIDES)

# Country acronyms ("RA Human Rights Defender", "МО РФ"), matched as written: whole words in
# capitals.
_ACRONYMS = frozenset(w for _, w in _PARTY_WORDS if len(w) < 4 and w.isupper())
_ACRONYM = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(_ACRONYMS)) + r")(?![\w'’-])")

_COUNTRY = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, _COUNTRY_STEMS), key=len, reverse=True))
    + ")"
)
# A third state's words, whole (folded: "французского", "США", "États-Unis"): a name the scan
# missed may resolve by one ("Le ministère français des Affaires étrangères"), but it is never
# "the country" a party's body is of.
_THIRD_STATE = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(sorted({re.escape(fold(p)) for t in THIRD_STATES for p in VOCABULARY[t]},
                      key=len, reverse=True))
    + r")(?![\w'’-])"
)


#: "the country's", "du pays", "страны" before an institution word: the country named last.
_COUNTRY_BACK = re.compile(rf"(?<!\w)(?:{alternation('COUNTRY_BACK')})\s+(?:\w+\s+)?$", re.I)
_COUNTRY_BACK_AFTER = re.compile(
    rf"(?:[\w'’-]+\s+){{1,4}}?(?P<back>{alternation('COUNTRY_BACK')})(?!\w)", re.I)
#: Characters before an institution word read for the country "the country's" refers to.
COUNTRY_BACK_REACH = 300


class SpeakerFinder:
    """Finds claimant names around institution words."""

    def __init__(self, index: ClaimantIndex) -> None:
        self.index = index
        self._match = lru_cache(maxsize=16384)(self._match_uncached)
        self._around_words = lru_cache(maxsize=16384)(self._around_words_uncached)
        # A side's generic voice, for a body named only by its side ("le ministère
        # azerbaïdjanais", "армянское ведомство"): which ministry is unknown, the side is not.
        self.generic = {c.side: c.id for c in index.claimants.values() if c.kind == "generic"}

    def _vague(self, hit: Hit) -> bool:
        """A hit of a side's generic or unspecified voice ("Armenian authorities")."""
        c = self.index.claimants.get(hit.ids[0])
        return c is not None and c.kind in ("generic", "unspecified")

    def _other_side_near(self, hit: Hit, folded: str, lo: int, hi: int) -> bool:
        """True when a country word of a side other than ``hit``'s stands in folded[lo:hi]."""
        side = self.index.claimants[hit.ids[0]].side
        return any(_STEM_SIDES.get(m.group()[:STEM], set()) - {side}
                   for m in _COUNTRY.finditer(folded, lo, hi))

    @staticmethod
    def anchors(folded: str) -> list[int]:
        """Where institution words and local officials' role words start in a whole folded
        text."""
        return sorted([m.start() for m in ANCHORS.finditer(folded, folded)
                       if not _STATEMENT_WORD.match(folded, m.start())]
                      + [m.start() for m in _LOCAL_ROLE.finditer(folded, folded)])

    def hits(self, text: str, folded: str, start: int, end: int, known: list[Hit],
             anchors: list[int], on: str | None = None) -> list[Hit]:
        """The hits of text[start:end] (``folded`` is ``fold(text)``) with the claimants the scan
        did not find added, looking around the institution words at ``anchors`` (offsets in
        the sentence's span); a name found so replaces the scan's shorter hits inside it ("the
        Defense Ministry of Azerbaijan" over "Azerbaijan"). ``on``, the report's day (ISO), is
        the day a local official speaks for the holder of their place on ("the mayor of
        Chartar" in 2022: Nagorno-Karabakh's), as the claim's side is read."""
        out = list(known)
        for a in anchors:
            lo, hi = max(start, a - WINDOW), min(end, a + WINDOW)
            within = [h for h in out if h.kind == "claimant" and h.start <= a < h.end]
            if within and not all(self._vague(h) and self._other_side_near(h, folded, lo, hi)
                                  for h in within):
                continue  # a side's vague voice may be part of a longer name of another side's:
                # "les autorités arméniennes du Haut-Karabakh" are Karabakh's, not Armenia's
            found = None
            if role := _LOCAL_ROLE.regex.match(folded, a):
                found = self._local(text, folded, a, role.end(), lo, hi, on)
            if found is None and (_COUNTRY.search(folded, lo, hi)
                                  or _ACRONYM.search(text, lo, hi)
                                  or _THIRD_STATE.search(folded, lo, hi)):
                # a name the scan missed resolves by its country
                # fold() keeps offsets, so the words are read from the folded text
                # (a possessive "’s" is no word of its own: "Karabakh Republic’s police"; nor is
                # an acronym in parentheses inside a name: "the Ministry of Defence (MoD) of X")
                tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded, lo, hi)
                          if not (m.group() == "s" and text[m.start() - 1] in "'’")
                          and (m.start() <= a < m.end()
                               or not _ACRONYM_ASIDE.match(text, m.start() - 1))]
                i = next(k for k, t in enumerate(tokens) if t[0] <= a < t[1])
                found = self._around(text, tokens, i)
            if found is None:
                found = self._country_back(text, folded, a, lo, hi)
            if found is None and role:
                found = self._local_office(text, folded, a, role.end(), lo, hi, on)
            if found is None:
                continue
            a, b, cid = found
            inside = [h for h in out if a <= h.start and h.end <= b]  # names within the name
            if any(h.kind == "claimant" and h.start < b and a < h.end and h not in inside
                   for h in out):
                continue  # it would cut another claimant's name
            out = [h for h in out if h not in inside]
            out.append(Hit(a, b, "claimant", (cid,), text[a:b].casefold(), False))
        return self._qualified(text, sorted(out, key=lambda h: h.start))

    def _qualified(self, text: str, hits: list[Hit]) -> list[Hit]:
        """``hits`` with a side's vague voice that only qualifies the body named right after it
        made part of that body's name ("the Armenian Unified Infocenter": the Infocenter speaks,
        not "Armenian" sources beside it)."""
        claimants = [h for h in hits if h.kind == "claimant"]
        joined: dict[Hit, Hit] = {}  # the body's hit: the hit of the whole name
        for h, nxt in pairwise(claimants):
            body = self.index.claimants.get(nxt.ids[0])
            if (self._vague(h) and not self._vague(nxt) and body is not None
                    and body.side == self.index.claimants[h.ids[0]].side
                    and not text[h.end : nxt.start].strip()):
                joined[h] = joined[nxt] = nxt._replace(start=h.start,
                                                       pattern=text[h.start : nxt.end].casefold())
        if not joined:
            return hits
        return list(dict.fromkeys(joined.get(h, h) for h in hits))

    def _local(self, text: str, folded: str, a: int, b: int, lo: int, hi: int,
               on: str | None = None, office: bool = False) -> tuple[int, int, str] | None:
        """A place's official named around the role words at ``a:b`` ("Sotk village head",
        "the mayor of Jermuk"), as (start, end, the name as written): the shortest phrase the
        claimant index reads as a local official of a place, whose side is that place's holder
        on the report's day. With ``office``, instead the shortest phrase that names an office
        the claimant table holds, as (start, end, its claimant id)."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(folded, lo, hi)]
        i = next(k for k, (s, e) in enumerate(words) if s <= a < e)
        # the role's last word in the window: the role may run past the sentence's end ("the
        # Goris Council of" at a paragraph's end, "Elders said" the next one's start)
        j = max(k for k, (s, _) in enumerate(words) if s < b)
        # the role begins the name or ends it: "mayor of Jermuk", "Goris deputy mayor"
        spans = [(i, y) for y in range(j + 2, min(len(words), j + MAX_LOCAL_WORDS) + 1)]
        spans += [(x, j + 1) for x in range(max(0, i - MAX_LOCAL_WORDS + 1), i)]
        for x, y in sorted(spans, key=lambda s: s[1] - s[0]):  # shortest first
            start, end = words[x][0], words[y - 1][1]
            if _BREAK.search(text, start, end):
                continue
            phrase = text[start:end]
            if office:
                # the office of that role ("governor of Syunik"), not of another one the same
                # key stands for ("the mayor of a Syunik village" is no governor)
                m = self.index.match(phrase, on)
                if (m.known and m.method in LOCAL_TRUSTED
                        and self.index.named_with(m.claimant, text[a:b])):
                    return start, end, m.claimant
            elif (self.index.match(phrase, on).method == "place"
                    or self.index.names_office(phrase)):
                if (y < len(words) and not text[end:words[y][0]].strip()
                        and is_area_word(text[slice(*words[y])])):
                    # the area word after an adjective: "Глава Тавушской области"
                    end = words[y][1]
                return start, end, text[start:end]
        return None

    def _local_office(self, text: str, folded: str, a: int, b: int, lo: int, hi: int,
                      on: str | None = None) -> tuple[int, int, str] | None:
        """A regional office the claimant table holds, named around the role words at ``a:b``
        in a form its aliases lack and with no country word near ("заместитель губернатора
        Сюникской области", "the deputy governor of Syunik", "le gouverneur adjoint du
        Syunik"), as (start, end, claimant id): read after every other way has found none."""
        return self._local(text, folded, a, b, lo, hi, on, office=True)

    def _country_back(self, text: str, folded: str, a: int, lo: int, hi: int
                      ) -> tuple[int, int, str] | None:
        """"The country's Defense Ministry": the body of the country named last before it
        ("An Azerbaijani soldier was killed, the country's Defense Ministry said")."""
        before = _COUNTRY_BACK.search(text, max(lo, a - 30), a)
        after = _COUNTRY_BACK_AFTER.match(text, a, hi) if before is None else None
        if before is None and after is None:
            return None
        start = before.start() if before else a
        countries = list(_COUNTRY.finditer(folded, max(0, a - COUNTRY_BACK_REACH), start))
        if not countries:
            return None
        country = _WORD.match(text, countries[-1].start()).group()
        stop = after.start("back") if after else hi
        words = [m for m in _WORD.finditer(text, a, stop)][:4]
        for n in range(len(words), 0, -1):
            cid = self._match(f"{text[a : words[n - 1].end()]} {country}" if after
                              else f"{country} {text[a : words[n - 1].end()]}")
            if cid is not None:
                return start, after.end() if after else words[n - 1].end(), cid
        return None

    def _around(self, text: str, tokens, i: int) -> tuple[int, int, str] | None:
        """The claimant named by words around word i, as (start, end, id), or None."""
        lo, hi = _reach(tokens, i, -1), _reach(tokens, i, 1) + 1
        # Reports repeat the phrases around institution words: each is read once.
        base = tokens[lo][0]
        found = self._around_words(text[base : tokens[hi - 1][1]],
                                   tuple((a - base, b - base) for a, b, _ in tokens[lo:hi]),
                                   i - lo)
        return None if found is None else (found[0] + base, found[1] + base, found[2])

    def _around_words_uncached(self, text: str, words: tuple[tuple[int, int], ...], i: int
                               ) -> tuple[int, int, str] | None:
        """:meth:`_around` on a stretch of text and its words (offsets in it)."""
        folded = fold(text)
        tokens = [(a, b, folded[a:b]) for a, b in words]
        lo, hi = 0, len(tokens)
        if not (any(_COUNTRY.match(w) or text[a:b] in _ACRONYMS for a, b, w in tokens[lo:hi])
                or _THIRD_STATE.search(folded)):
            return None  # a name the scan missed resolves by its country; none is near
        content = [0]  # words that tell claimants apart, before each word
        for _, _, w in tokens:
            content.append(content[-1] + (w not in _FUNCTION))
        spans = [(a, b) for a in range(lo, i + 1) for b in range(i + 1, hi + 1)
                 if b - a >= 2 and content[b] - content[a] <= MAX_WORDS]
        for a, b in sorted(spans, key=lambda s: s[0] - s[1]):  # longest first
            if _BREAK.search(_ACRONYM_ASIDE.sub("", text[tokens[a][0] : tokens[b - 1][1]])):
                continue  # a name does not run across a quote's end or a comma
            if _ACCORDING_WORD.match(tokens[a][2]):
                continue  # "По информации армянской стороны": the side, not information
            cid = self._match(text[tokens[a][0] : tokens[b - 1][1]])
            if cid is not None:
                return tokens[a][0], tokens[b - 1][1], cid
        for a, b in ((i - 1, i + 1), (i, i + 2)):  # the side's word right beside it
            if (lo <= a and b <= hi and not text[tokens[a][1] : tokens[b - 1][0]].strip()
                    and not _ACCORDING_WORD.match(tokens[a][2])):
                m = self.index.match(text[tokens[a][0] : tokens[b - 1][1]])
                if m.method == "side" and m.side in self.generic:
                    return tokens[a][0], tokens[b - 1][1], self.generic[m.side]
        return None

    def _match_uncached(self, phrase: str) -> str | None:
        return self.index.match_trusted(phrase, TRUSTED)


def _reach(tokens, i: int, step: int) -> int:
    """The last word from word i, going by ``step``, within :data:`AROUND` words that tell
    claimants apart ("procureur de la République du Haut-Karabakh": three)."""
    counted, j = 0, i
    while 0 <= j + step < len(tokens) and counted < AROUND:
        j += step
        counted += tokens[j][2] not in _FUNCTION
    return j


#: A person's name as an alias holds it: two or three capitalised words, the last a surname
#: ("Arayik Harutyunyan"; not an outlet's "Civil Georgia").
_PERSON_WORD = re.compile(r"[A-ZА-ЯЁ][\w'’-]+$")
_SURNAME = re.compile(rf"\w+(?:{alternation('SURNAME_ENDINGS')})$", re.I)
#: Russian case endings a surname in running text may take ("заявил Арутюнян", "слова Арутюняна").
_CYRILLIC_CASES = r"(?:а|у|ом|ым|е)?"


def surname_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """A person a report names in full ("Arayik Harutyunyan said ...") and then by surname alone
    ("Harutyunyan added ..."): the later surnames are the same claimant."""
    first: dict[str, tuple[int, tuple[str, ...]]] = {}
    for h in hits:
        words = text[h.start : h.end].split()
        if (h.kind == "claimant" and 2 <= len(words) <= 3
                and all(_PERSON_WORD.match(w) for w in words) and _SURNAME.match(words[-1])
                and all(t.islower() for t in claimant_key(text[h.start : h.end]))):
            first.setdefault(words[-1], (h.end, h.ids))
    taken = [(h.start, h.end) for h in hits]
    out = []
    for surname, (after, ids) in first.items():
        cases = _CYRILLIC_CASES if surname[-1].lower() in "бвгджзклмнпрстфхцчшщ" else ""
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}{cases}(?![\w'’-])", text[after:]):
            s, e = after + m.start(), after + m.end()
            if not any(a <= s < b for a, b in taken):
                out.append(Hit(s, e, "claimant", ids, fold(surname)))
    return out
