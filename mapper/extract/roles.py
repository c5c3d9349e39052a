"""What a place name is doing in its sentence, beyond being where something happened: a capital
standing for its government, a dateline, a date or name of a document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations, pairwise, zip_longest

from mapper.dates import DateMention
from mapper.extract.events import NO_EVENT, TRIGGER_WORDS
from mapper.extract.sentences import Sentence
from mapper.extract.speech import ACCORDING, speech_after, word_vocabulary
from mapper.lang import alternation, words
from mapper.match import distance_km
from mapper.scan import Cued, cue_words, vocabulary

# An article before a name, elided ones included ("the", "l'" of "l'Artsakh").
_ARTICLE = rf"(?:(?:{alternation('ARTICLES')})(?:\s+|(?<=['’])))?"
# (an adjective in lower case may stand between, "Baku's recent offensive"; no "and": "hit
# Stepanakert and army positions" names two places)
_ACTOR_NOUN = re.compile(
    rf"^['’]?s?\s+(?:(?!(?:{alternation('AND')})\s)(?-i:[a-z])[\w-]*\s+)?"
    rf"(?:{alternation('ACTOR_NOUNS')})\b", re.I)
# A capital named as the one accused, urged or addressed ("accused Baku of", "called on
# Yerevan to", "officials in Baku said", "отметили в Баку"): an actor, not a location.
_ACTOR_BEFORE = vocabulary(
    lambda v: rf"(?:{v})\s+{_ARTICLE}(?:(?:{alternation('ACTOR_OFFICIALS')})\s+)?$",
    words("ACTOR_BEFORE"), word_start=False, cues=cue_words(words("ACTOR_BEFORE")),
)
# Words before a capital that make it a location rather than its government.
_LOCATIVE_BEFORE = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+{_ARTICLE}"
              rf"(?:(?:{alternation('CITY_WORDS')})\b[^.;!?]{{0,60}}?\s"
              rf"|(?:{alternation('PLACE_PARTS')})\s+)?$",  # "на окраине Степанакерта"
    words("LOCATIVE"), shortest=1,
)
# A capital owning what follows it: its event ("Baku's blockade of the road": the capital
# acts) or a part of it ("Stepanakert's residential areas": the capital is where).
_TRIGGERS = "|".join(TRIGGER_WORDS)
_AN_EVENT = re.compile(rf"(?<!\w)(?:{_TRIGGERS})", re.I)
_OWNS_PART = re.compile(rf"^['’]s\s+(?:\w+\s+)?(?:{alternation('PLACE_PARTS')})\b", re.I)
_EVENT_OF = re.compile(rf"^['’]s\s+(?:\w+\s+)?(?:{_TRIGGERS})\s+"
                       rf"(?:{alternation('EVENT_OBJECT_LINKS')})\b", re.I)
# An event word, read back to the start of its clause before a venue ("fired on villagers who
# had met in X": X is where they were fired on).
_EVENT_IN_CLAUSE = re.compile(
    rf"(?<!\w)(?:{_TRIGGERS})(?!.*?(?:[,;:]|\b(?:{alternation('CLAUSE_STOPS')})\b))", re.I | re.S)
# (not before a quotation: 'Yerevan was "not interested"' says what the side is, in a voice)
_PASSIVE_AFTER = re.compile(
    rf"^\s*(?:\([^)]{{0,40}}\)\s*)?(?:{alternation('PASSIVE_AFTER')})(?!\w)(?!\s*[\"“«‘])",
    re.I)
# A capitalised surname after a name that is also a place's: a person ("Vahan Tatosyan").
_SURNAME_AFTER = re.compile(  # a father's name may stand between ("Gurgen Galeri Gabrielyan")
    rf"^(?:\s+[A-ZÀ-ÞА-ЯЁ]\w+)?\s+[A-ZÀ-ÞА-ЯЁ]\w*(?:{alternation('SURNAME_ENDINGS')})"
    rf"(?:{alternation('SURNAME_CASES')})?\b")  # in any case ("слова Ваагна Карапетяна")
# A rank or title before a name, or before the first name just before it: a person's name.
_PERSON_TITLE = vocabulary(
    lambda v: rf"(?<!\w)(?i:{v})\.?\s+(?:[A-ZÀ-ÞА-ЯЁƏ][\w'’-]+\s+)?$", words("PERSON_TITLES"),
    flags=0)
# An event word right before a name, which is its object ("shelled Stepanakert").
_EVENT_BEFORE = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+(?:(?:{alternation('EVENT_OBJECT_PREPOSITIONS')})\s+)?"
              rf"{_ARTICLE}$", TRIGGER_WORDS)
_REFERENCE_AFTER = re.compile(rf"^\W{{0,3}}(?:{alternation('REFERENCE_AFTER')})(?!\w)", re.I)
_REFERENCE_BEFORE = vocabulary(
    lambda v: rf"(?:{v})\s+(?:{alternation('REFERENCE_LINKS')})?\s*"
              rf"(?:(?:{alternation('ARTICLES')})\s+)?$",
    words("REFERENCE_BEFORE"), word_start=False, cues=cue_words(words("REFERENCE_BEFORE")),
)

# ... or further after it, past the parties it names: "заявления лидеров России, Азербайджана и
# Армении от 9 ноября 2020 года".
_DOCUMENT_LINKED = vocabulary(
    lambda v: rf"(?:{v})[^.;:!?«»\"“”()]{{0,80}}?\s(?:{alternation('DOCUMENT_DATE_LINKS')})\s*$",
    words("REFERENCE_BEFORE"), word_start=False, cues=cue_words(words("REFERENCE_BEFORE")),
)
#: Characters before a date read for the document it may name.
DOCUMENT_REACH = 100


def actor(sent: Sentence, start: int, end: int) -> bool:
    """A capital's name (which is also its side's voice) names an actor unless a locative
    word stands before it ("in Baku", "the shelling of Stepanakert", "в Степанакерте"), an
    event verb has it as its object ("shelled Stepanakert", "обстреливает Степанакерт") or a
    passive follows ("Stepanakert was shelled", "Степанакерт подвергся обстрелу"); after a
    locative word it is still an actor where it speaks ("in Baku, officials said"), never as
    the object or subject of an event ("shelled Stepanakert on Monday, the ministry said").
    Owning what follows it, it is where when that is a part of it ("Stepanakert's residential
    areas") or its people ("Stepanakert residents", "жители Степанакерта", whom
    :func:`not_a_site` weighs) and who acts when that is an event done to something ("Baku's
    blockade of")."""
    rel_s, rel_e = start - sent.start, end - sent.start
    after = sent.text[rel_e : rel_e + 80]
    if _EVENT_OF.match(after):
        return True
    if (event_object(sent, start) or _PASSIVE_AFTER.match(after)
            or _OWNS_PART.match(after) or _PEOPLE_AFTER.match(after)
            or _PEOPLE_BEFORE.search(sent.text, sent.folded, rel_s - 40, rel_s)):
        return False
    located = _LOCATIVE_BEFORE.search(sent.text, sent.folded, rel_s - 90, rel_s)
    if located and (verb_end := speech_after(sent, rel_e)) is not None and _AN_EVENT.search(
            sent.text, rel_e, verb_end):
        return False  # "Aux abords de Stepanakert, un obus a explosé, a indiqué ...": where
    return not located or speaks(sent, start, end)


def event_object(sent: Sentence, start: int) -> bool:
    """True when an event word has the name at ``start`` as its object ("shelled
    Stepanakert"): a place, never a speaker."""
    rel_s = start - sent.start
    return _EVENT_BEFORE.search(sent.text, sent.folded, rel_s - 40, rel_s) is not None


def speaks(sent: Sentence, start: int, end: int) -> bool:
    """A capital's name that stands for its government or forces ("Baku said", "according
    to Yerevan", "Baku forces") names an actor here, not a location."""
    rel_s, rel_e = start - sent.start, end - sent.start
    after = sent.text[rel_e : rel_e + 80]
    return bool(
        _ACTOR_NOUN.match(after)
        or speech_after(sent, rel_e) is not None
        or ACCORDING.search(sent.text, sent.folded, rel_s - 40, rel_s)
        or _ACTOR_BEFORE.search(sent.text, sent.folded, rel_s - 40, rel_s)
    )


def dateline(text: str, start: int, end: int) -> bool:
    """A name in capitals at the start of a line ("BAKU, 13 September", "YEREVAN –"): where the
    report was filed, not where anything happened."""
    line_start = text.rfind("\n", 0, start) + 1
    return end - start >= 3 and text[start:end].isupper() and not text[line_start:start].strip()


_WHEN_CLAUSE = re.compile(
    rf",\s*(?:{alternation('WHEN_CLAUSE')})(?:(?<=['’])|(?!\w))", re.I)


def opens_when_clause(text: str, d: DateMention) -> bool:
    """True when a date is followed by a clause of what happened that day ("since May 12, when
    two soldiers were wounded"): the event's date, even after "since"."""
    return _WHEN_CLAUSE.match(text, d.end, d.end + 12) is not None


def names_a_document(text: str, folded: str, d: DateMention, floor: int) -> bool:
    """True when a date names a document ("the November 10 agreement", "signed on ..."), not an
    event; ``floor`` bounds how far back the words before it are read. A day told relative to
    the report is no document's: "since yesterday" is when the events began."""
    return bool(_REFERENCE_AFTER.match(text[d.end : d.end + 40])
                or (not d.relative
                    and _REFERENCE_BEFORE.search(text, folded, max(floor, d.start - 45), d.start))
                or _DOCUMENT_LINKED.search(text, folded, max(floor, d.start - DOCUMENT_REACH),
                                           d.start))


#: A number before its unit, in digits or words ("5 km", "two kilometres", "300 metres").
_COUNT = rf"(?:\d+(?:[.,]\d+)?|(?<!\w)(?:{alternation('NUMBERS')}))\s*"
_REFERENCE_PLACE = Cued(
    re.compile(rf"{_COUNT}(?:{alternation('REFERENCE_PLACE')})\s+"
               rf"(?:(?:{alternation('ARTICLES')})\s+)?(?:\w+\s+(?:of\s+|de\s+)?)?$", re.I),
    cue_words(words("REFERENCE_PLACE")),
)
#: A distance in metres just before "from" ("300 metres from the village of"): see METRES.
_METRES_BEFORE = re.compile(rf"{_COUNT}(?:{alternation('METRES')})\s+(?:\w+\s+){{0,2}}$", re.I)
_SIDE_OF_PLACE = Cued(
    re.compile(rf"(?<!\w)(?:{alternation('SIDE_OF_PLACE')})\s*(?:[\w'’-]+\s+){{0,4}}$", re.I),
    cue_words(words("SIDE_OF_PLACE")),
)
_VENUE_BEFORE = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+(?:(?:{alternation('ARTICLES')})\s+)?$", words("VENUE_BEFORE"),
    cues=cue_words(words("VENUE_BEFORE")),
)
_ORIGIN_BEFORE = vocabulary(
    # (an elided "d'" runs on into the name: "originaire d'Aygepar")
    lambda v: rf"(?<!\w)(?:{v})(?:\s+|(?<=['’]))(?:(?:{alternation('ARTICLES')})\s+)?"
              rf"(?:\w+\s+(?:of\s+)?)?$",
    words("ORIGIN_BEFORE"),
)
_ORIGIN_AFTER = re.compile(rf"^['’]?s?\s+(?:{alternation('ORIGIN_AFTER')})\b", re.I)
# ... never across a word that puts the people at the place ("ранил жителя близ X", "жителей у
# X": they were there)
_PEOPLE_BEFORE = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+(?:(?:{alternation('ARTICLES')})\s+)?"
              rf"(?:(?!(?:{alternation('LOCATIVE')}|{alternation('NEAR_REFERENCE')})\s)"
              rf"\w+\s+(?:of\s+)?)?$",
    words("PEOPLE_BEFORE"),
)
_PEOPLE_AFTER = re.compile(rf"^['’]?s?\s+(?:{alternation('PEOPLE_AFTER')})\b", re.I)
# The people named with a place are what an event word just before was aimed at ("стреляли по
# жителям села X", "обстреляли дома жителей X"): they were there.
_PEOPLE_AIMED_AT = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})(?:\s+[\w'’-]+){{0,4}}?\s+(?:{alternation('PEOPLE_BEFORE')})\s+"
              rf"(?:(?:{alternation('ARTICLES')})\s+)?(?:\w+\s+(?:of\s+)?)?$",
    TRIGGER_WORDS,
)
# The people went through the event told next ("the Armenians of X were shelled", "X residents
# came under fire", "жители X подверглись обстрелу"): then they name where it happened.
_PEOPLE_SUFFERED = re.compile(
    rf"^\s+(?:{alternation('PASSIVE_BEFORE')}|{alternation('SUFFERED_BEFORE')})\s+(?:\w+\s+)?",
    re.I)
# ... or they were its casualties ("X residents were wounded", "жители X были ранены")
_PEOPLE_HARMED = re.compile(
    rf"^\s+(?:{alternation('PASSIVE_BEFORE')})\s+(?:\w+\s+)?"
    rf"(?:{alternation('KILLED')}|{alternation('WOUNDED')})(?!\w)", re.I)
_FACILITY_AFTER = re.compile(  # "the X-Y(-Z) road", 'the "X" border-customs check point'
    rf"^(?:\s*[-–—]\s*[\w'’]+){{0,3}}[\"”»]?\s+(?:(?-i:[a-z])[\w-]*\s+)?"
    rf"(?:{alternation('FACILITY_AFTER')})(?!\w)", re.I)
# A facility's name in quotation marks after its word: 'checkpoint "Lachin"', 'КПП «Лачын»'.
_FACILITY_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation('FACILITY_BEFORE')})\s+(?:[\w-]+\s+){{0,2}}?[\"“«„]\s?$", re.I)


# A road before the places it joins: "the road between X and Y", "la route reliant X à Y",
# "дорога Шуша-Физули" (each end).
_ROAD_BEFORE = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+(?:(?:{alternation('ROAD_LINKS')})\s+)?"
              rf"(?:(?:{alternation('ARTICLES')})\s*)?"
              rf"(?:[\w'’-]+(?:\s*[-–—]\s*|\s+(?:{alternation('ROAD_AND')})\s+))?$",
    words("ROAD_WORDS"),
)


def facility(sent: Sentence, start: int, end: int) -> bool:
    """True when a place names a facility after it ("the Lachin checkpoint", either end of
    "the Goris-Kapan highway") or is an end of the road named before it ("the road between X
    and Y"): the facility is elsewhere."""
    rel_s, rel_e = start - sent.start, end - sent.start
    return bool(_FACILITY_AFTER.match(sent.text[rel_e : rel_e + 40])
                or _FACILITY_BEFORE.search(sent.text[max(0, rel_s - 60) : rel_s])
                or _ROAD_BEFORE.search(sent.text, sent.folded, rel_s - 60, rel_s))


# A stretch of road named by the places at its ends (see :func:`stretch_ends`). Between the
# road or section word and the first end, at most two words in lower case ("the motorway
# leading from", "участке дороги от", "отрезков дороги"), never another name.
_FEW_LOWER = r"(?:,?\s+(?-i:[^\W\d_A-ZÀ-ÞА-ЯЁ])[\w'’-]*){0,2}?"
_END_BEFORE = (rf"(?:(?:{alternation('ARTICLES')})\s+)?"
               rf"(?:(?:{alternation('ROAD_END_BEFORE')})(?:\s+|(?<=['’])))?")
_FROM_BEFORE = vocabulary(
    lambda v: rf"(?<!\w)(?:{v}){_FEW_LOWER},?\s+(?:{alternation('ROAD_FROM')})"
              rf"(?:\s+|(?<=['’])){_END_BEFORE}$",
    [*words("ROAD_WORDS"), *words("SECTION_WORDS")])
_BETWEEN_BEFORE = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+(?:{alternation('ROAD_LINKS')})\s+{_END_BEFORE}$",
    words("ROAD_WORDS"))
_SECTION_BEFORE = vocabulary(lambda v: rf"(?<!\w)(?:{v}){_FEW_LOWER}\s+$", words("SECTION_WORDS"))
_SECTION_AFTER = re.compile(
    rf"\s+(?:(?:{alternation('ROAD_WORDS')})\s+)?(?:{alternation('SECTION_WORDS')})(?!\w)", re.I)
_DASH_GAP = re.compile(r"\s*[-–—]\s*")
_TO_GAP = re.compile(rf"(?:\s+(?:{alternation('ROAD_END_AFTER')}))?\s+(?:{alternation('ROAD_TO')})"
                     rf"(?:\s+|(?<=['’])){_END_BEFORE}", re.I)
_AND_GAP = re.compile(rf"\s+(?:{alternation('ROAD_AND')})\s+{_END_BEFORE}", re.I)
#: Kilometres between the ends of a stretch of road beyond which they no longer say where on
#: it something happened: a highway between towns far apart (Goris and Kapan lie 35 km apart,
#: Shusha and Fuzuli 38) names a route; a section between villages a few kilometres apart, or
#: between two towns 22 km apart, is where an analyst puts the incident.
STRETCH_KM = 25.0
#: Precisions of the places a road may lead from to villages (where it starts, no site).
TOWNS = ("town", "city")
#: Kinds of places that are roads themselves ("the Lachin corridor road", "the corridor
#: checkpoint"): a facility named after one lies in it.
ROADS = frozenset({"corridor"})


def stretch_ends(sent: Sentence, places: list, eventful: bool) -> dict[int, bool]:
    """The place mentions (by start) that are the ends of a road or a section of one named by
    them, each with whether it is a site: "the X-Y road section", "the section X-Y",
    "отрезок дороги X-Y" (a dash between the ends, a section word before or after them);
    "the road from X to Y", "the motorway leading from X to Y and Z", "участок дороги от X до
    Y" (from one end to the others); "the road between X and Y", "la route reliant X à Y".
    The ends of a section short enough to say where (:data:`STRETCH_KM`) are sites, and so
    are those of a road from or between places where something happened in the sentence
    (``eventful``), all but a town a road leads from to villages (where it starts); ends
    farther apart are reference points, whatever happened, and so are a road's in a quiet
    sentence (where one is being built, where it runs). A road named by a pair with no section
    word ("the Goris-Kapan highway") is left to :func:`facility`."""
    text, folded, s0 = sent.text, sent.folded, sent.start
    out: dict[int, bool] = {}
    i = 0

    def joined(gap: re.Pattern[str], group: list) -> list:
        """``group`` with the places after it that ``gap`` joins on to its last."""
        while (i + len(group) < len(places)
               and gap.fullmatch(text, group[-1].end - s0, places[i + len(group)].start - s0)):
            group = [*group, places[i + len(group)]]
        return group

    while i < len(places) - 1:
        a, b = places[i], places[i + 1]
        rel_a = a.start - s0
        gap = text[a.end - s0 : b.start - s0]
        if _DASH_GAP.fullmatch(gap):
            group = joined(_DASH_GAP, [a])  # every place of "X-Y-Z"
            if not (_SECTION_AFTER.match(text, group[-1].end - s0)
                    or _SECTION_BEFORE.search(text, folded, rel_a - 60, rel_a)):
                i += len(group)
                continue
            kind = "section"
        elif _TO_GAP.fullmatch(gap) and _FROM_BEFORE.search(text, folded, rel_a - 80, rel_a):
            kind, group = "from", joined(_LIST_JOIN, [a, b])  # "from X to Y, Z and W"
        elif _AND_GAP.fullmatch(gap) and _BETWEEN_BEFORE.search(text, folded, rel_a - 60,
                                                                rel_a):
            kind, group = "between", [a, b]
        else:
            i += 1
            continue
        i += len(group)
        located = [m.place for m in group if m.place is not None]
        site = (eventful or kind == "section") and all(
            distance_km(p, q) <= STRETCH_KM for p, q in combinations(located, 2))
        out.update(dict.fromkeys((m.start for m in group), site))
        # (a name the gazetteer lacks is most often a village's)
        first = group[0].place
        if (site and kind == "from" and first is not None and first.precision in TOWNS
                and all(m.place is None or m.place.precision == "village" for m in group[1:])):
            out[group[0].start] = False
    return out


def road_from(sent: Sentence, mention) -> bool:
    """True when a place is named as where a road or section runs from ("the road from X",
    "участок дороги от X"): no origin of fire."""
    rel_s = mention.start - sent.start
    return _FROM_BEFORE.search(sent.text, sent.folded, rel_s - 80, rel_s) is not None


def outside_area(sent: Sentence, mention) -> bool:
    """True when an area (a district or region: mentions' AREA_PRECISIONS, which imports this
    module) is named by a side of it ("north of Nagorno-Karabakh"): the place is outside it.
    The side of a town or village ("the hills north-west of Hadrut") is near it."""
    rel_s = mention.start - sent.start
    return (mention.place is not None and mention.place.precision in ("district", "region")
            and _SIDE_OF_PLACE.search(sent.text, sent.folded, rel_s - 60, rel_s) is not None)


# A surname just after a name (no father's name between): "Mehman Guliyev".
_SURNAME_JUST_AFTER = re.compile(
    rf"^\s+[A-ZÀ-ÞА-ЯЁ]\w*(?:{alternation('SURNAME_ENDINGS')})"
    rf"(?:{alternation('SURNAME_CASES')})?\b")


def named_person(sent: Sentence, start: int, end: int) -> bool:
    """True when the name at [start, end) is a person's by the words just around it: a first
    name, then a surname ("Mehman Guliyev"), or a surname read as one (:func:`surname`)."""
    rel_e = end - sent.start
    return bool(_SURNAME_JUST_AFTER.match(sent.text[rel_e : rel_e + 40])
                or surname(sent, start, end))


# A name that ends like a surname ("Nalbandyan", a village named after a man) read as one: a
# capitalised first name before it, not the sentence's first word ("the soldiers Artur X and
# ..."), or another surname after "and" ("X and Torosyan went missing").
_ENDS_LIKE_SURNAME = re.compile(  # in a Russian case too ("Арутюняна")
    rf"\w(?:{alternation('SURNAME_ENDINGS')}|{alternation('PERSON_ENDINGS')})"
    rf"(?:{alternation('SURNAME_CASES')})?$")
_FIRST_NAME_BEFORE = re.compile(r"\s(?P<first>[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+)\s+$")
_SURNAME_AND = re.compile(
    rf"^\s+(?:{alternation('AND')})\s+[A-ZÀ-ÞА-ЯЁ]\w*"
    rf"(?:{alternation('SURNAME_ENDINGS')}|{alternation('PERSON_ENDINGS')})(?!\w)")
_SURNAME_AND_BEFORE = re.compile(
    rf"[A-ZÀ-ÞА-ЯЁ]\w*(?:{alternation('SURNAME_ENDINGS')}|{alternation('PERSON_ENDINGS')})"
    rf"\s+(?:{alternation('AND')})\s+$")
_NOT_FIRST_NAMES = frozenset(words("NOT_NAMES"))


def surname(sent: Sentence, start: int, end: int) -> bool:
    """True when a name that ends like a surname is a person's: a first name before it, or a
    surname before or after "and" ("Artur Nalbandyan", "Nalbandyan and Torosyan", "Torosyan
    and Nalbandyan")."""
    rel_s, rel_e = start - sent.start, end - sent.start
    if not _ENDS_LIKE_SURNAME.search(sent.text, rel_s, rel_e):
        return False
    before = sent.text[max(0, rel_s - 30) : rel_s]
    first = _FIRST_NAME_BEFORE.search(before)
    return bool((first and first.group("first") not in _NOT_FIRST_NAMES)
                or _SURNAME_AND.match(sent.text[rel_e : rel_e + 40])
                or _SURNAME_AND_BEFORE.search(before))


def person(name: str) -> bool:
    """True when a name of two or three words is a person's: a first name, then a surname
    ("Irina Yolyan"), as a list of villages may be followed by who told of them."""
    _, _, rest = name.partition(" ")
    return bool(rest) and _SURNAME_AFTER.match(f" {rest}") is not None


def people_suffered(sent: Sentence, end: int, triggers: list[int]) -> bool:
    """True when the people named with a place that ends at ``end`` ("the Armenians of X",
    "X residents") went through an event told at once after them, in the passive or with a
    word of suffering ("were shelled", "came under fire", "подверглись обстрелу"), or were its
    casualties ("were wounded", "были ранены")."""
    rel = end - sent.start
    if people := _PEOPLE_AFTER.match(sent.text[rel : rel + 40]):
        rel += people.end()
    m = _PEOPLE_SUFFERED.match(sent.text[rel : rel + 40])
    return ((m is not None and any(rel < t <= rel + m.end() for t in triggers))
            or _PEOPLE_HARMED.match(sent.text[rel : rel + 50]) is not None)


def people_aimed_at(sent: Sentence, start: int) -> bool:
    """True when the people named with a place that starts at ``start`` are what the event word
    just before them was aimed at ("стреляли по жителям села X"): they were at the place."""
    rel_s = start - sent.start
    return _PEOPLE_AIMED_AT.search(sent.text, sent.folded, rel_s - 80, rel_s) is not None


_TAG = re.compile(r"#[^\W_]+")
_LETTER = re.compile(r"[^\W\d_]")


def topic_tag(text: str, start: int, end: int) -> bool:
    """True when the name at ``text[start:end]`` is a post's topic tag ("... #Shushi #Karabakh"
    after its words, or before them): a "#" before it and, outside tags, no word of the sentence
    on one side of it. A tag that stands inside the sentence as one of its words ("shelling
    #Jermuk right now") is that word."""
    if text[start - 1 : start] != "#":
        return False
    before, after = _TAG.sub(" ", text[: start - 1]), _TAG.sub(" ", text[end:])
    return not (_LETTER.search(before) and _LETTER.search(after))


def not_a_site(sent: Sentence, start: int, end: int, people_there: bool = False,
               facility_too: bool = True) -> bool:
    """True when a place is named as a reference point ("5 km from X"), a person's or an
    office's place ("a native of X", "the mayor of X", "the X mayor"), its people ("the
    Armenians of X"; unless ``people_there``: they leave it, or went through the event there),
    a person's first name ("Vahan Tatosyan"), a facility's name ("the X
    checkpoint"; unless not ``facility_too``: an end of a stretch of road where it happened,
    or a corridor, which is a road itself) where people met ("the delegations met in X") or a
    post's topic tag ("#Shushi"): no incident there."""
    rel_s, rel_e = start - sent.start, end - sent.start
    return bool(
        topic_tag(sent.text, rel_s, rel_e)
        or _REFERENCE_PLACE.search(sent.text, sent.folded, rel_s - 50, rel_s)
        or _ORIGIN_BEFORE.search(sent.text, sent.folded, rel_s - 40, rel_s)
        or (not people_there
            and (_PEOPLE_BEFORE.search(sent.text, sent.folded, rel_s - 40, rel_s)
                 or _PEOPLE_AFTER.match(sent.text[rel_e : rel_e + 40])))
        or (_VENUE_BEFORE.search(sent.text, sent.folded, rel_s - 60, rel_s)
            and not _EVENT_IN_CLAUSE.search(sent.text, 0, rel_s))
        or _ORIGIN_AFTER.match(sent.text[rel_e : rel_e + 40])
        or _SURNAME_AFTER.match(sent.text[rel_e : rel_e + 40])
        or surname(sent, start, end)
        or _PERSON_TITLE.search(sent.text, sent.folded, rel_s - 50, rel_s)
        or (facility_too and facility(sent, start, end))
    )



_CALM = word_vocabulary("CALM")
_FEW_WORDS = re.compile(r"(?:[\w'’-]+\s+){1,3}")
_CLAUSE_STOPS = rf"(?<!\w)(?:{alternation('CLAUSE_STOPS')})(?!\w)"
_CLAUSE_END = re.compile(rf"[,;:]|{_CLAUSE_STOPS}", re.I)


_DENIED_THAT = word_vocabulary("DENIED_THAT")
_UNREALISED = word_vocabulary("UNREALISED")
_TO_BE_DONE = word_vocabulary("TO_BE_DONE")
# Where a clause begins, for what its verb says of the subject before it.
_CLAUSE_START = re.compile(rf"[;:]|{_CLAUSE_STOPS}", re.I)


def denied(sent: Sentence, triggers: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Stretches of a sentence (offsets in it) that say an event did not happen, to the end of
    their clause ("but no shots were fired at X, ...", "mais aucun tir n'a visé X", "но
    обстрелов X не было", "denied that its forces fired at X"): the places in them saw none,
    whatever the rest of the sentence tells. So does a passive of what is yet to be done ("X
    will be handed over"), from the start of its clause or the last speech verb before it,
    unless an event word (``triggers``, offsets in the sentence) stands there ("the shelled X
    will be rebuilt")."""
    out = []
    for m in (*NO_EVENT.finditer(sent.text, sent.folded),
              *_DENIED_THAT.finditer(sent.text, sent.folded),
              *_UNREALISED.finditer(sent.text, sent.folded)):
        out.append((m.start(), _clause_end(sent, m.end())))
    for m in _TO_BE_DONE.finditer(sent.text, sent.folded):
        # (nor past a speech verb: "X was spared, the minister said, adding the issue will be
        # resolved": what will be done is said of the words after the verb)
        begun = [c.end() for c in _CLAUSE_START.finditer(sent.text, 0, m.start())]
        start = max([0, *begun, *(b for _, b in sent.verbs if b <= m.start())])
        if not any(start <= t < m.start() for t in triggers):
            out.append((start, _clause_end(sent, m.end())))
    return out


def _clause_end(sent: Sentence, at: int) -> int:
    """The end of the clause that goes on at ``at`` (an offset in the sentence)."""
    stop = _CLAUSE_END.search(sent.text, at)
    return stop.start() if stop else len(sent.text)


def calm(sent: Sentence) -> bool:
    """True when a sentence says all was calm ("the night passed quietly", "la situation reste
    calme", "ночь прошла спокойно") or where places lie ("both villages are located in"): the
    places it names saw no incident."""
    return _CALM.search(sent.text, sent.folded) is not None


_FIRING_FROM = vocabulary(lambda v: rf"(?<!\w)(?:{v})", words("FIRING_FROM"), shortest=1,
                          cues=cue_words(words("FIRING_FROM")))
_POSSESSIVE = re.compile(rf"^(?:{alternation('POSSESSIVE')})\s+(?:\w+\s+){{0,1}}$", re.I)


_FIRING_SIDE = re.compile(rf"(?:{alternation('FIRING_SIDE')})(?!\w)", re.I)
_FROM_PLACE = vocabulary(lambda v: rf"(?<!\w)(?:{v})\s+$", words("FIRING_FROM_PLACE"),
                         shortest=1)
_FIRING_TARGET = word_vocabulary("FIRING_TARGET")
_DAMAGED = word_vocabulary("DAMAGED")
# A victim before "from" ("фермер из села X", "a farmer from X"): where they live, no origin of
# fire.
_VICTIM_FROM = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+(?:(?:{alternation('FIRING_FROM_PLACE')})\s+)?$",
    words("CIVILIANS"), shortest=1)


_UNITS_STATIONED = vocabulary(lambda v: rf"(?<!\w)(?:{v})", words("UNITS_STATIONED"),
                              cues=cue_words(words("UNITS_STATIONED")))
# ... who went through something, not did it ("soldiers at an outpost in X were wounded")
_BEFALLEN = re.compile(rf"(?<!\w)(?:{alternation('PASSIVE_BEFORE')})(?!\w)", re.I)
_UNITS_AT = vocabulary(lambda v: rf"(?<!\w)(?:{v})(?!\w)", words("UNITS_AT"),
                       cues=cue_words(words("UNITS_AT")))
_POSITIONS_OF = re.compile(rf"(?<!\w)(?:{alternation('POSITIONS_OF')})\s+(?:[\w'’-]+\s+){{0,3}}$",
                           re.I)
_SUFFERED_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation('PASSIVE_BEFORE')}|{alternation('SUFFERED_BEFORE')})\s+(?:\w+\s+)?$",
    re.I)
# ... or the event word is itself the suffering ("units located near X came under fire").
_SUFFERED_AT = re.compile(rf"(?:{alternation('SUFFERED_BEFORE')})(?!\w)", re.I)


def _commas(text: str, start: int, end: int) -> list[int]:
    """Offsets of the commas between two offsets of a text, the last first."""
    return [i for i in range(end - 1, start - 1, -1) if text[i] == ","]


def _word_after(text: str, at: int) -> int:
    """The offset of the first character after the spaces at an offset of a text."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def firing_origins(sent: Sentence, trigger_offsets: list[int], place_starts: list[int]
                   ) -> list[tuple[int, int]]:
    """Stretches of a sentence (offsets in it) that say where fire came from: from "from the
    positions" or a "from" just before a place name to the next event word, the word that
    says what the fire was aimed at ("at", "sur", "по"), the words that say what suffered it
    ("came under", "подвергались"), or the end of the sentence."""
    opened = [(m.start(), m.end()) for m in _FIRING_FROM.finditer(sent.text, sent.folded)]
    opened += [(s, s) for s in place_starts
               if _FROM_PLACE.search(sent.text, sent.folded, s - 25, s)]
    out = []
    for start, words_end in opened:
        if (_VICTIM_FROM.search(sent.text, sent.folded, start - 40, start)
                or _METRES_BEFORE.search(sent.text, max(0, start - 40), start)):
            continue
        if side := _FIRING_SIDE.match(sent.text, start):
            out.append((start, side.end()))  # who fired, and no place: not where from
            continue
        end = next((t for t in trigger_offsets if t >= words_end), len(sent.text))
        if end == len(sent.text) and (harm := _DAMAGED.search(sent.text, sent.folded,
                                                               words_end, end)):
            end = harm.start()  # what the fire harmed is named after its verb
        suffered = (_SUFFERED_AT.search(sent.text, words_end, end)
                    or _SUFFERED_AT.match(sent.text, end))  # the event word is the suffering
        passive = (None if suffered or end == len(sent.text)
                   else _SUFFERED_BEFORE.search(sent.text, words_end, end))
        if marker := suffered or passive:
            # what suffered the fire is named before its verb, after the comma that ends a
            # fronted origin ("from the direction of X, positions in Y came under fire"); not
            # a comma of the origins' list ("from A, B and C positions came under fire")
            comma = next((c for c in _commas(sent.text, words_end, marker.start())
                          if _word_after(sent.text, c + 1) not in place_starts), None)
            end = comma if comma is not None else marker.start() if suffered else end
        # "fired from X at Y": what follows the fire's aim is where it fell
        aim = _FIRING_TARGET.search(sent.text, sent.folded, words_end + 1, end)
        out.append((start, words_end + 1 + aim.start() if aim else end))
    return out


def units_stationed(sent: Sentence, trigger_offsets: list[int]) -> list[tuple[int, int]]:
    """Stretches of a sentence that say where the units that fired stand ("units stationed in
    X subjected to fire ..."), up to the event word they do: not where that word is passive
    ("were subjected to fire") or the units are a position's ("the positions of the units
    stationed in X")."""
    out = []
    # the shooters as the sentence's subject, before any event word ("Armenian positions in X
    # opened fire on ..."); after one they are its object ("fired at the positions in X")
    first = min(trigger_offsets, default=0)
    subjects = [m for m in _UNITS_AT.finditer(sent.text, sent.folded) if m.end() <= first
                and not _BEFALLEN.search(sent.text, m.end(), first)]
    for m in [*_UNITS_STATIONED.finditer(sent.text, sent.folded), *subjects]:
        end = next((t for t in trigger_offsets if t >= m.end()), None)
        if (end is not None
                and not _POSITIONS_OF.search(sent.text[max(0, m.start() - 40) : m.start()])
                and not _SUFFERED_BEFORE.search(sent.text[max(0, end - 30) : end])
                and not _SUFFERED_AT.match(sent.text, end)):
            out.append((m.start(), end))
    return out


def possessive_container(sent: Sentence, end: int, next_start: int) -> bool:
    """True when the text between a place and the next one makes the first contain the second
    ("Kalbajar's Istisu settlement", "Gorus region's Khanazakh")."""
    return bool(_POSSESSIVE.match(sent.text[end - sent.start : next_start - sent.start]))


#: Precisions of the places others are said to lie near or in.
SETTLEMENTS = ("village", "town", "city")
# Between a settlement and the place it lies near or in: "X village near (the town of) Y",
# "X, near Y", "X and other villages of Y", "села X недалеко от города Y".
_PLACE_WORDS = rf"(?:{alternation('APPOSITION')})s?"
_NEAR_REFERENCE = re.compile(
    rf"^\s*(?:(?:,\s*|\s+{_PLACE_WORDS}\s+)(?:{alternation('NEAR_REFERENCE')})"
    rf"|\s+(?:(?:{alternation('OTHERS')})\s+)?{_PLACE_WORDS}\s+"
    rf"(?:{alternation('NEAR_REFERENCE_OF')})"
    rf"|\s+(?:{alternation('NEAR_REFERENCE')}))"
    rf"\s+(?:(?:{alternation('ARTICLES')})\s+)?(?:(?:{alternation('TOWN_OF')})\s+)?$", re.I)


def near_reference(sent: Sentence, before, mention) -> bool:
    """True when a place is named as the one a settlement named just before lies near or in
    ("the Hin Shen village near Shushi"): a reference point, not a site. Not after a person's
    home ("detained a resident of X near Y": Y is where)."""
    gap = sent.text[before.end - sent.start : mention.start - sent.start]
    return (before.place is not None and before.place.precision in SETTLEMENTS
            and _NEAR_REFERENCE.match(gap) is not None
            and not (_BARE_NEAR.match(gap) and home(sent, before)))


# "near" right after a name, with no comma or settlement word between: after a person's home it
# tells where the event was ("detained a resident of X near Y").
_BARE_NEAR = re.compile(rf"^\s+(?:{alternation('NEAR_REFERENCE')})\s", re.I)


_HOME_BEFORE = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+(?:(?:{alternation('ARTICLES')})\s+)?"
              rf"(?:(?:{alternation('APPOSITION')})\s+(?:of\s+)?)?$",
    words("HOME_BEFORE"), word_start=False, cues=cue_words(words("HOME_BEFORE")))
_EVENT_AT = vocabulary(
    lambda v: rf"(?<!\w)(?:{v})\s+(?:{alternation('NEAR_TAIL')})$",
    [*words("EVENT_AT"), *words("NEAR")], word_start=False,
    cues=cue_words([*words("EVENT_AT"), *words("NEAR")]), shortest=1)
_LIST_JOIN = re.compile(rf"\s*(?:,\s*(?:(?:{alternation('AND')})\s+)?|(?:{alternation('AND')})\s+)",
                        re.I)
# A comma and an indefinite article after a name: an apposition that says what and where it is.
_APPOSITION = re.compile(rf"\s*,\s*(?:{alternation('ONE_ARTICLES')})\s[^,;.]*$", re.I)
_HOME_AFTER = re.compile(rf"^\s+(?:{alternation('HOME_AFTER')})\b", re.I)


def home(sent: Sentence, mention) -> bool:
    """True when a place is named as where a person lives ("a resident of X", "a shepherd
    from the village of X", "a Bilasuvar region resident")."""
    rel_s, rel_e = mention.start - sent.start, mention.end - sent.start
    return (_HOME_BEFORE.search(sent.text, sent.folded, rel_s - 50, rel_s) is not None
            or _HOME_AFTER.match(sent.text[rel_e : rel_e + 40]) is not None)


_CONTAINER_AFTER = re.compile(rf"\s+(?:{alternation('CONTAINER_AFTER')})(?!\w)", re.I)
_CONTAINER_IN = re.compile(rf"(?<!\w)(?:{alternation('CONTAINER_IN')})\s+(?:[\w'’-]+['’]s\s+)?$",
                           re.I)


def where_it_lies(sent: Sentence, before, mention) -> bool:
    """True when an area is named as where the place named just before it lies ("Aghavno, a
    village in the Lachin corridor", "Aghavno in the Lachin corridor"): context, no site."""
    gap = sent.text[before.end - sent.start : mention.start - sent.start]
    return bool(_APPOSITION.match(gap)
                or (len(gap.split()) <= 2 and _CONTAINER_IN.search(gap) is not None))


def container(sent: Sentence, before, mention) -> bool:
    """True when a place is named as the unit a place named before it lies in ("Nerkin Hand
    village in Syunik's Kapan community"): where it is, not a site."""
    rel_s, rel_e = mention.start - sent.start, mention.end - sent.start
    return (before is not None
            and _CONTAINER_AFTER.match(sent.text, rel_e) is not None
            and _CONTAINER_IN.search(sent.text[max(0, rel_s - 40) : rel_s]) is not None)


def sites(sent: Sentence, places: list, events: list[tuple[int, str | None]]) -> list:
    """The place mentions of a sentence where something happened: not a reference point, a
    person's or office's place, an area named by a side of it ("north of X"), where fire came
    from ("from the positions in X") or the units that fired stand ("units stationed in X"), or
    the container of the next place ("X's Y")."""
    if not places:
        return []
    leaving = any(k == "withdrawal_evacuation" for _, k in events)
    triggers = [o for o, k in events if k]
    ends = stretch_ends(sent, places, bool(triggers))
    places = [m for before, m in zip([None, *places], places, strict=False)
              if ends.get(m.start, True)
              and not not_a_site(sent, m.start, m.end,
                                 leaving or people_suffered(sent, m.end, triggers)
                                 or people_aimed_at(sent, m.start),
                                 facility_too=not (m.start in ends or (
                                     m.place is not None and m.place.kind in ROADS)))
              and not outside_area(sent, m)
              and not (before is not None and near_reference(sent, before, m))
              and not container(sent, before, m)]
    stretches = units_stationed(sent, triggers) + denied(sent, triggers)
    if not any(k for _, k in events) or any(k in ("shelling", "attack") for _, k in events):
        # not the place people left ("evacuated from X", "fled from X"), though fire is told
        left = [o for o, k in events if k == "withdrawal_evacuation"]
        stretches += [(a, b) for a, b in firing_origins(sent, triggers,
                                                        [m.start - sent.start for m in places])
                      if not any(_FEW_WORDS.fullmatch(sent.text, o, a) for o in left if o < a)]
    # (a road's end is no origin of fire: "on the road from X to Y", "на дороге из X", the
    # other end a name the gazetteer lacks)
    places = [m for m in places if m.start in ends or (triggers and road_from(sent, m))
              or not any(a <= m.start - sent.start < b for a, b in stretches)]
    # a person's home, where the sentence names a settlement where it happened: not a site
    homes = [m for m in places if home(sent, m)]
    for before, m in pairwise(places):  # "residents of X and Y"
        if before in homes and m not in homes and _LIST_JOIN.fullmatch(
                sent.text, before.end - sent.start, m.start - sent.start):
            homes.append(m)
    if homes and any(m not in homes and m.place is not None
                     and m.place.precision in SETTLEMENTS
                     and m.place not in {h.place for h in homes}
                     and _EVENT_AT.search(sent.text, sent.folded, m.start - sent.start - 40,
                                          m.start - sent.start)
                     # not a place that says where the home lies ("residents of X, a village
                     # east of Y, were taken to shelters": X's)
                     and not any(_APPOSITION.match(sent.text, h.end - sent.start,
                                                   m.start - sent.start) for h in homes)
                     for m in places):
        places = [m for m in places if m not in homes]
    return [m for m, after in zip_longest(places, places[1:])
            if not m.container
            and (after is None or not possessive_container(sent, m.end, after.start))]
