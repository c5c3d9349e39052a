"""Ranked candidates for a place name, with how each matched and a score.

A lookup tries, in order of trust: the name exactly as some gazetteer row spells it (``exact`` for
preferred and official names, ``variant`` for the others), the matching key of :mod:`mapper.names`
(``key``), an area phrase such as "Hadrut region", "Гадрутского района" or "région de Chouchi", or a
lone Russian adjective, "Дашкесанском" (``key``, against district and region entries, else the town
a former district was named for; an adjective, else the district of the town it names), a site the
tables lack that is named for the settlement it lies at ("Sotk gold mine", "рудник Сотк": ``site``,
the settlement, scored below a match by name; and, in a name looked up on its own, one written as
lying in or at a place, "the checkpoint on the Lachin corridor", the place, or "Martuni in
Gegharkunik", the first place the second settles), a distance from a settlement or site ("3 km north
of Sotk": ``near``, the place with its radius widened by the distance), and fuzzy similarity of keys
(``fuzzy``), which only resolves above a threshold and otherwise returns suggestions. A name none of
these resolve may resolve against GeoNames (``geonames``, when the matcher has it), scored below
every curated match and never mistaken for one. Several places that match equally well come back
``ambiguous`` with all of them; a context (places or districts named nearby) breaks such ties: the
homonym it also names another way, else those inside an area it names, else those the most of its
places lie near, else, when none lies near, one much closer to its places than the others; and the
one place of a name that lies away from all the places of a context yields to the one place spelt
almost so (fuzzily) among them, the exact one kept after it; and a town named among two or more
districts or district seats ("Dashkasan, Kalbajar and Lachin") is the district or region named after
it. A name looked up on its own (``standalone``: a sheet's cell, the lookup command; not a word of
running text, whose reader settles homonyms and declension with the text) is also read in the normal
forms of its Russian words ("Нагорном Карабахе") and without the words that describe the place ("the
Armenian border village of Sotk", "Gegharkunik's Sotk"), and homonyms of different rank
(:data:`RANKS`) that the context leaves resolve to the largest, as reports and geocoders read a bare
name ("Syunik" is the province, not the village): method ``rank``, scored below every match by name,
the homonyms kept after it. Homonyms of one rank stay ambiguous. Nothing is resolved silently.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property

from rapidfuzz import fuzz, process

from mapper import morph
from mapper.claimants import (
    ClaimantIndex,  # noqa: F401  (extract imports it from here)
    names_a_country,
)
from mapper.gazetteer import Gazetteer
from mapper.geonames import SCORE as GEONAMES_SCORE
from mapper.geonames import WARN_KM as GEONAMES_WARN_KM
from mapper.geonames import GeoNames
from mapper.lang import alternation, numbers
from mapper.model import Candidate, Name, Place, Resolution
from mapper.names import clean_query, fold, key, keys, qualifier, sound_key

#: Trust in a match, by method; a fuzzy match scales by similarity.
SCORES = {"exact": 1.0, "variant": 0.97, "key": 0.92, "translated": 0.88, "area": 0.9,
          "centre": 0.85, "site": 0.82, "rank": 0.8, "near": 0.75}
#: The rank of a place's ``kind`` among homonyms: a bare name that a province, a district or a
#: town shares with smaller places means the largest (``lookup(..., standalone=True)``). Kinds not
#: listed (sites, lakes, mountains) neither outrank nor are outranked.
RANKS = {"region": 4, "province": 4, "district": 3, "former district": 3, "city": 2, "town": 2,
         "village": 1}
#: Name kinds that make an exact match "exact" rather than "variant".
_PRIMARY_KINDS = ("preferred", "official")
#: Fuzzy similarity (0-100) needed to resolve, and to be offered as a suggestion.
FUZZY_RESOLVE = 85.0
FUZZY_SUGGEST = 60.0
#: The least similarity at which a name resolves to the one settlement its context points at.
FUZZY_CONTEXT = 75.0
#: Contexts whose settlements a matcher keeps worked out (then it starts again).
NEAR_POOLS = 1024
#: The similarity of a name that differs from one of the tables only by consonants that sound
#: alike (:func:`mapper.names.sound_key`).
SOUND_SIMILARITY = 90.0
#: Candidates within this score of the best are equally good: the answer is ambiguous.
TIE = 0.02
#: A place within this distance of a context place counts as near it.
NEAR_KM = 30.0
#: Homonyms none of which lies near a context: the one within FAR_KM of it is meant when the
#: others are CLOSER times as far.
FAR_KM = 60.0
CLOSER = 3.0
MAX_QUERY = 200

# Words that make a name an area: "Hadrut region", "Lachin district", "Гадрутский район".
_AREA_WORDS = {
    key(w)
    for w in (
        "region",
        "district",
        "province",
        "regions",  # "the Lachin and Kalbajar regions", and "Lachin regions" as written
        "districts",
        "provinces",
        "area",
        "rayon",
        "raion",
        "rayonu",
        "marz",
        "county",
        "район",
        "область",
        "région",
        "district",
        "province",
        "շրջան",
        "մարզ",
        "bölgəsi",
        "rayonu",
        "ərazisi",
        "regional",
        "secteur",
        "sector",
        "enclave",
        "exclave",
        "direction",
        "направление",
        "участок",  # "на Кельбаджарском участке" (sector of the border)
        "участке",
        "районов",  # "Мартакертского и Аскеранского районов": the plural's second name
        "section",  # "the Kalbajar section of the border"
        "istiqamət",
        "istiqamətində",
        "autonomous",
        "republic",
        "muxtar",
        "respublikası",
        "автономная",
        "автономной",
        "республика",
    )
}


# Words that make a name a settlement ("Lachin town", "the village of Vank", "город Лачин"), and
# the precisions each prefers among homonyms ("Aghdam city" is the city, not the village).
_TOWN = ("town", "city")
_VILLAGE = ("village",)
_SETTLEMENT_WORDS = {
    key(w): prefer
    for words, prefer in (
        (("town", "city", "ville", "город", "şəhər", "şəhəri", "քաղաք"), _TOWN),
        (("village", "settlement", "село", "посёлок", "поселок", "деревня", "kənd", "kəndi",
          "qəsəbə", "qəsəbəsi", "գյուղ",
          # the Russian cases whose keys the folding does not bring back to the word's
          "села", "селе", "селу", "селом", "посёлка", "посёлке", "поселка", "поселке"),
         _VILLAGE),
        # an Armenian community (hamlet to town): any settlement ("Vardenis community")
        (("community", "municipality", "община", "communauté", "commune", "համայնք"),
         ("village", "town", "city")),
    )
    for w in words
}
# Area and settlement words as a sheet or a typed query abbreviates them ("Tavush prov.",
# "Кельбаджарский р-н", "пос. Лачин"), read as the word in full. One letter only with its
# full stop ("г. Шуша"); a name's own initial is never one of these letters.
_ABBREVIATED = {
    **dict.fromkeys(("prov", "provs"), "province"),
    **dict.fromkeys(("reg", "rgn", "regs"), "region"),
    **dict.fromkeys(("dist", "distr", "dst", "dists"), "district"),
    **dict.fromkeys(("r-n", "r-on", "rn"), "rayon"),
    **dict.fromkeys(("р-н", "р-на", "р-не", "р-ну", "р-ном", "р-ны", "р-нов", "р-нах", "р-он"),
                    "район"),
    **dict.fromkeys(("обл",), "область"),
    **dict.fromkeys(("vil", "vill", "vlg"), "village"),
    **dict.fromkeys(("с",), "село"),
    **dict.fromkeys(("д", "дер"), "деревня"),
    **dict.fromkeys(("пос", "п", "пгт"), "посёлок"),
    **dict.fromkeys(("г", "гор"), "город"),
}
_ABBREVIATED_LETTERS = frozenset(w for w in _ABBREVIATED if len(w) == 1)
_ARTICLES = {"the", "of", "le", "la", "de", "du", "l", "d"}
#: Between a name and the country after it: "Tegh, Armenia", "Tavush of Armenia", "en Arménie".
_COUNTRY_LINKS = {",", "of", "in", "de", "d", "en", "l", "(", "-"}
#: Articles and the prepositions a name copied out of a sentence may keep ("в селе Сотк", "near
#: Kut"): words that begin no name (:func:`_without_articles`; extraction's name stretches).
LEADING_WORDS = _ARTICLES | {"in", "near", "at", "à", "au", "aux", "près", "в", "во", "у", "под",
                             "около", "around", "outside", "autour", "вокруг", "вблизи", "близ",
                             "возле", "рядом", "недалеко", "от", "dans", "vers"}
# The site words of a mine, with what it is of and what it works ("золотоносного рудника",
# "медно-молибденового рудника", "Соткское месторождение", "gisement aurifère"): a mine the
# tables hold is that site, not its settlement.
_MINE_WORDS = {key(w) for w in (
    "mine", "mines", "gold", "copper", "copper-molybdenum", "deposit", "gisement", "aurifère",
    "d'or", "рудник", "золотой", "золотоносный", "золотоносного", "медно-молибденовый",
    "медно-молибденового", "месторождение", "mədən")}
# Words that make a name a site of the settlement it is named for, one that lies at or beside
# it ("Sotk gold mine", "the heights of Kut", "рудник Сотк"): a site the tables lack is placed
# at the settlement. Not checkpoints, roads, bridges, passes or airports: they are named for a
# town or corridor they lead to and often lie kilometres away ("Lachin checkpoint").
_SITE_WORDS = _MINE_WORDS | {
    key(w)
    for w in (
        "heights", "height", "hill", "hills", "cemetery",
        "school", "hospital", "church", "hauteurs", "colline", "cimetière", "école", "hôpital",
        "église", "высота", "высоты", "кладбище", "школа", "больница", "церковь",
        "yüksəklik", "qəbiristanlıq", "məktəb",
        # the edge of a town: "Stepanakert suburbs", "the outskirts of Hadrut", "пригород X"
        "suburb", "suburbs", "outskirts", "banlieue", "abords", "пригород", "окрестности",
        # and what lies around it: "the vicinity of Sotk", "Sotk surroundings", "environs de X"
        "vicinity", "surroundings", "environs", "alentours", "окрестностях",
    )
}
# Area words that name no unit of government, or do so only when a unit of that name exists:
# "the Sotk area", "в районе Сотка", "dans la région de Sotk" are the village's surroundings.
_GENERIC_AREA = {key(w) for w in ("area", "zone", "район", "районе", "région")}
# Words between a name and its area word that leave the area the same: "the Kalbajar border
# region", "Tavush border section", "приграничный район".
_AREA_QUALIFIERS = {key(w) for w in ("border", "frontier", "frontalière", "приграничный",
                                     "пограничный", "sərhəd")}
#: The border after an area word of a section of it: "of the (Armenian-Azerbaijani) border",
#: "de la frontière (arméno-azerbaïdjanaise)", "(армяно-азербайджанской) границы".
_BORDER_WORDS = {key(w) for w in ("border", "frontier", "frontière", "границы", "граница",
                                    "границе")}
#: Words of a border's name that may stand before it ("of the Armenian-Azerbaijani state
#: border", "армяно-азербайджанской государственной границы") or after it in French.
_BORDER_MODIFIERS = 2
_SETTLEMENTS = ("village", "town", "city")
#: Words after which the rest of a name is the place the words before them lie in or at
#: ("the checkpoint on the Lachin corridor", "Mets Shen in Lachin district", "КПП на Лачинском
#: коридоре", "le poste dans le corridor de Latchine").
_WITHIN_WORDS = {"in", "on", "at", "inside", "within", "along", "dans", "sur", "à", "au", "aux",
                 "в", "во", "на", "у"}
#: Words for a part of a place, after which "of" or "to" says the same ("a section of the Lachin
#: corridor", "the entrance to the corridor", "le tronçon du corridor de Latchine").
_PART_WORDS = {key(w) for w in (
    "section", "sections", "part", "parts", "stretch", "segment", "portion", "entrance", "exit",
    "end", "edge", "territory", "approaches", "tronçon", "partie", "entrée", "sortie",
    "territoire", "участок", "часть", "въезд", "территория")}
_PART_LINKS = {"of", "to", "de", "du", "des"}
#: Words that end a description before a name (:meth:`Matcher._undescribed`): words that join
#: or point away ("the road to Shusha", "the border with Kalbajar", "над Сотком"), words for what
#: is named for a place it lies away from ("Kapan airport"), a French adjective after its noun
#: ("district voisin de Martakert" is another district), and words that make another place of a
#: name in the scripts and languages :func:`~mapper.names.qualifier` does not read ("нижний Сотк",
#: "nouvelle Sotk", "north Sotk").
_NOT_DESCRIBING = {key(w) for w in (
    "to", "from", "between", "and", "or", "with", "near", "above", "below", "beyond", "behind",
    "over", "under", "across", "around", "towards", "toward", "past", "through", "via",
    "against", "among", "after", "before", "by", "for", "into", "off", "outside",
    "et", "à", "vers", "entre", "avec", "près", "contre", "sous", "après", "avant", "par", "pour",
    "depuis", "derrière", "devant",
    "и", "из", "от", "до", "между", "с", "со", "над", "под", "за", "перед", "через", "около",
    "возле", "к", "ко", "по", "при", "против", "вдоль", "вблизи", "севернее", "южнее",
    "восточнее", "западнее", "выше", "ниже",
    "checkpoint", "airport", "bridge", "pass", "corridor", "aéroport", "pont", "аэропорт", "мост",
    "перевал", "коридор",
    "voisin", "voisine", "voisins", "voisines", "limitrophe", "limitrophes",
    "north", "south", "east", "west", "upper", "lower", "new", "old", "big", "small", "great",
    "little", "nord", "sud", "est", "ouest", "nouveau", "nouvelle", "vieux", "vieille", "petit",
    "petite", "grand", "grande", "haut", "haute", "bas", "basse", "нижний", "нижняя", "нижнее",
    "нижнего", "нижнем", "верхний", "верхняя", "верхнее", "верхнего", "верхнем", "новый",
    "новая", "новое", "нового", "новом", "старый", "старая", "старое", "старого", "старом",
    "большой", "большая", "большое", "большого", "малый", "малая", "малое", "малого", "покр",
    "мец", "нор", "верин", "неркин", "хин", "նոր", "վերին", "ներքին", "մեծ", "փոքր", "հին",
    "yeni", "köhnə", "böyük", "kiçik", "yuxarı", "aşağı", "birinci", "ikinci")}
#: Characters that another reading of a typed name handles ("Sotk, a village in Gegharkunik",
#: "Kirants (village in Tavush)", "Shusha/Shushi"): no description or "in" is read there.
_OTHER_READINGS = re.compile(r"[,()/]")
# Words that make a phrase of place names a road between them ("Goris-Stepanakert road", "the
# road between Lachin and Khankendi", "трасса Степанакерт-Горис", "l'axe Latchine-Stepanakert").
_ROAD_WORDS = {key(w) for w in (
    "road", "roads", "highway", "motorway", "interstate", "roadway", "route", "axe", "autoroute",
    "дорога", "дороги", "дороге", "дорогу", "дорогой", "автодорога", "автодороги", "автодороге",
    "трасса", "трассы", "трассе", "трассу", "шоссе", "yol", "yolu", "magistral")}
# ... and the words between its two ends ("between X and Y", "de X à Y", "между X и Y").
_ROAD_ENDS = re.compile(
    r"^(?:between|from|connecting|linking|joining|entre|de|reliant|между|из|от|связывающ\w*)\s+"
    r"(.+?)\s+(?:and|to|with|et|à|и|в|до|с)\s+(.+)$", re.I)
_DASHES = re.compile(r"\s*[-–—]\s*")
_ELIDED = re.compile(r"^[dl]['’]", re.I)  # "l'axe", "d’Agdam"
# One Russian word with an adjective ending: an area phrase whose area word was left out.
_RU_ADJECTIVE = re.compile(r"[А-Яа-яЁё]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их)")
_AREA_PRECISIONS = ("district", "region", "country")
#: The area words that a phrase cut short may end in, and the fewest letters of one that still
#: read as it ("regio", "distr").
_CUT_AREA_WORDS = tuple(key(w) for w in ("region", "district", "province", "район", "района"))
_CUT_MIN = 5


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (haversine, mean Earth radius)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


# A gloss in parentheses inside a name: "Karvatchar (Kelbadjar)".
_GLOSS = re.compile(r"\s*\(([^()]+)\)\s*")


def tied(best: Candidate, other: Candidate) -> bool:
    """Whether ``other`` matches as well as ``best``: within :data:`TIE`, or a spelling both
    places carry exactly (one as its name, one as a variant)."""
    return best.score - other.score <= TIE or {best.method, other.method} <= {"exact", "variant"}


class Matcher:
    """Name lookups against one gazetteer; build once, look up many times."""

    def __init__(self, gazetteer: Gazetteer, *, geonames: GeoNames | None = None) -> None:
        """``geonames``: a last resort for names the curated tables do not know (method
        ``geonames``, scored below any curated match); None to use the curated tables only."""
        self.gazetteer = gazetteer
        self.geonames = geonames
        self.places = gazetteer.places
        self._exact: dict[str, list[Name]] = defaultdict(list)
        # names that differ only by diacritics ("Qizilhacili", "Qızılhacılı"): one spelling
        self._plain: dict[str, list[Name]] = defaultdict(list)
        self._by_key: dict[str, dict[str, tuple[str, Name]]] = defaultdict(dict)
        self._area: dict[str, set[str]] = defaultdict(set)
        for name in gazetteer.names:
            self._exact[name.name.casefold()].append(name)
            self._plain[fold(name.name)].append(name)
            for i, k in enumerate(keys(name.name)):
                how = "key" if i == 0 else "translated"
                if k and (name.place_id not in self._by_key[k] or how == "key"):
                    self._by_key[k].setdefault(name.place_id, (how, name))
            place = self.places.get(name.place_id)
            if place and place.precision in ("district", "region"):
                words = name.name.split()
                while words and key(words[-1]) in _AREA_WORDS:
                    words.pop()
                if words:
                    self._area[area_stem(" ".join(words))].add(name.place_id)
        self._fuzzy_keys = [k for k in self._by_key if len(k) >= 4]
        self._area_keys = [k for k in self._area if len(k) >= 4]
        # the settlements a context points at, by its places' ids: a sheet's rows repeat their
        # district, a report's list its neighbours (a dict, so that a matcher still pickles)
        self._near: dict[tuple[str, ...], list[tuple[Place, list[tuple[str, Name]]]]] = {}

    @cached_property
    def _by_sound(self) -> dict[str, dict[str, Name]]:
        """Place ids and their names by sound key: built at the first name no key finds, not
        at start (a tenth of a second)."""
        out: dict[str, dict[str, Name]] = defaultdict(dict)
        for name in self.gazetteer.names:
            if len(k := sound_key(name.name)) >= 4:
                out[k].setdefault(name.place_id, name)
        return out

    @cached_property
    def _unqualified(self) -> dict[str, dict[str, Name]]:
        """Settlements by the key of their name without its first word when that word makes a
        place of a name another ("Masrik" of Mets Masrik and Pokr Masrik), where no place is
        named so itself: built at the first name no key finds."""
        out: dict[str, dict[str, Name]] = defaultdict(dict)
        for name in self.gazetteer.names:
            first, _, rest = name.name.replace("-", " ").partition(" ")
            place = self.places.get(name.place_id)
            if (rest and qualifier(first) and place is not None
                    and place.precision in _SETTLEMENTS
                    and len(k := key(rest)) >= 4 and k not in self._by_key):
                out[k].setdefault(name.place_id, name)
        return out

    @cached_property
    def _roads(self) -> dict[frozenset[frozenset[str]], set[str]]:
        """Roads and corridors by the places at their ends, read from their own names
        ("Goris-Stepanakert road": Goris and Stepanakert): built at the first name no key
        finds."""
        out: dict[frozenset[frozenset[str]], set[str]] = defaultdict(set)
        for name in self.gazetteer.names:
            ends = self._road_ends(name.name)
            if ends and all(len(ids - {self._area_of_town(i) for i in ids}) == 1 for ids in ends):
                out[frozenset(frozenset(ids) for ids in ends)].add(name.place_id)
        return out

    def _road_ends(self, text: str) -> list[set[str]] | None:
        """The places a road phrase names at its ends and between them, each as the ids it may
        be (a town with the district it names), or None for a phrase that names no road between
        two known places."""
        words = [_ELIDED.sub("", w) for w in _without_articles(text).split()]
        kept = [w for w in words if key(w) not in _ROAD_WORDS]
        if not kept or (len(kept) == len(words) and not _DASHES.search(text)):
            return None
        rest = " ".join(kept)
        between = _ROAD_ENDS.match(rest)
        parts = list(between.groups()) if between else _DASHES.split(rest)
        if len(parts) < 2:
            return None
        # a town's name that the tables hold as its district's only ("Latchine") still names it
        ends = [{area for place_id, cand in self._candidates(part, fuzzy=False).items()
                 if cand.place.precision in (*_SETTLEMENTS, "district")
                 for area in (place_id, self._area_of_town(place_id)) if area}
                for part in parts]
        if not (ends[0] and ends[-1]):
            return None
        return [ids for ids in ends if ids]  # a stop between them may be misspelt

    # -- lookups -------------------------------------------------------------------------------

    def lookup(self, query: str, *, context: Iterable[str] = (),
               standalone: bool = False, fuzzy: bool = True) -> Resolution:
        """Resolve one name; ``context`` holds place ids (or names) mentioned nearby;
        ``standalone``: the name is all that was written (see the module's docstring);
        ``fuzzy=False``: only exact, variant and key matches, for a caller that takes no
        other (names read in running text), without the cost of looking for similar ones."""
        query = clean_query(query)
        if not query or len(query) > MAX_QUERY:
            return Resolution(query[:MAX_QUERY], "unresolved")
        found = self._candidates(query, fuzzy)
        named = any(c.method != "fuzzy" for c in found.values())  # not only similar names
        if standalone and not named and (within := _within_query(query)) is not None:
            res = self._within(*within, query, context, fuzzy)
            if res is not None:
                return res
        if not named and (gloss := _GLOSS.search(query)):
            # "Berdzor (Lachin) corridor", "Karvatchar (Kelbadjar)": the name without its gloss,
            # else the gloss, when either is known as written or by key; the gloss settles
            # which of the name's places it is ("Agdam (Akaku)": the village, not the town)
            outer, inner = (self.lookup(part, context=context, standalone=standalone,
                                        fuzzy=False)
                            for part in (f"{query[:gloss.start()]} {query[gloss.end():]}",
                                         gloss.group(1)))
            same = inner.place is not None and any(
                c.place.id == inner.place.id for c in outer.candidates)
            if inner.status != "unresolved" and not same and outer.status != "unresolved":
                # "Martuni (Gegharkunik)", "Istisu (Kalbajar)", "Agarak (Meghri)": the gloss is
                # where, the name the one of its places there
                where = [c.place for c in inner.candidates if tied(inner.best, c)]
                there = [c for c in outer.candidates if c.method != "fuzzy"
                         and tied(outer.best, c)
                         and any(self._lies_in(c.place, p) for p in where)]
                if len(there) == 1:
                    return Resolution(query, "resolved", (*there, *[
                        c for c in outer.candidates if c is not there[0]]))
            if inner.place is not None and (outer.status != "resolved" or same):
                return Resolution(query, "resolved", inner.candidates)
            for res in (outer, inner):
                if res.status != "unresolved":
                    return Resolution(query, res.status, res.candidates)
        if not named:
            # a name written otherwise than the tables write it: its abbreviations written out
            # ("Tavush prov.", "Кельбаджарский р-н", "пос. Лачин"); typed or in a sheet, without
            # the country after it or owning it ("Tegh, Armenia", "Сюникской области Армении",
            # "Armenia's Tavush province": the country says where, not which place; running
            # text, read without fuzzy matching, finds the name alone)
            for rewrite in (_expand_abbreviations, *((_without_country,) if fuzzy else ())):
                if (other := rewrite(query)) != query:
                    res = self.lookup(other, context=context, standalone=standalone, fuzzy=fuzzy)
                    if res.status != "unresolved":
                        return Resolution(query, res.status, res.candidates)
        if query.count("/") == 1 and not named:
            # "Shusha/Shushi", "Lachin / Berdzor": both sides' names of one place, as neutral
            # writing gives them
            both = self._both_names(query.split("/"), query, context, standalone)
            if both is not None:
                return both
        if standalone and not named and len(pair := _PAIR.split(query)) == 2:
            # "Sotk-Kut", "Goris – Kapan" typed: two places joined, the stretch between them (a
            # road, a section of the border), ambiguous, when each half names one (a name in
            # running text is no query of its own: extraction finds each name alone)
            both = self._both_names(pair, query, context, standalone, either=False)
            if both is not None:
                return both
        if standalone and not named and (plain := self._undescribed(query)) is not None:
            # "the Armenian border village of Sotk", "the strategic town of Shusha", "the
            # mountainous Kalbajar district": the words that describe a place name none
            res = self.lookup(plain, context=context, standalone=standalone, fuzzy=fuzzy)
            if res.status != "unresolved":  # not as written: at most as trusted as a key
                return Resolution(query, res.status, tuple(
                    replace(c, method="key", score=min(c.score, SCORES["key"]))
                    if c.method in ("exact", "variant") else c for c in res.candidates))
        if not found and not fuzzy:
            return Resolution(query, "unresolved")
        if standalone and not named:
            found = self._declined(query) or found
        ranked = sorted(found.values(), key=lambda c: (-c.score, -_size(c.place), c.place.id))
        if (not ranked or ranked[0].method == "fuzzy") and names_a_country(query):
            # "Армения", "Azerbaïdjan": a country, which the tables hold no point for; not the
            # village its name is near ("Areni")
            return Resolution(query, "unresolved", tuple(ranked[:5]))
        if not ranked or ranked[0].method == "fuzzy":
            # The tables do not know this name, only similar ones: a place GeoNames knows by this
            # very name comes first ("Vanadzor" is not the village Banadzor), scored below them.
            outside = self._geonames(query)
            if outside and ranked and any(
                distance_km(g.place, ranked[0].place) <= GEONAMES_WARN_KM for g in outside
            ):  # GeoNames puts this name where the similar curated place is: that place
                return Resolution(query, "resolved", tuple(ranked[:8]))
            if outside:
                status = "ambiguous" if len(outside) > 1 else "resolved"
                return Resolution(query, status, tuple([*outside, *ranked][:8]))
        if (not ranked or ranked[0].method == "fuzzy") and fuzzy and context and (
                guess := self._spelt_near(query, context)) is not None:
            # spelt like one settlement that the context points at, and like no other there
            same = [c for c in ranked if c.place.id == guess.place.id]
            return Resolution(query, "resolved", (*(same[:1] or [guess]), *[
                c for c in ranked if c.place.id != guess.place.id][:4]))
        if not ranked or (
            ranked[0].method == "fuzzy" and ranked[0].score < _fuzzy_score(FUZZY_RESOLVE)
        ):
            return Resolution(query, "unresolved", tuple(ranked[:5]))
        best = ranked[0]
        # A spelling that several places carry exactly is ambiguous, whatever the kind of name.
        ties = [c for c in ranked if tied(best, c)]
        # A town's name is the town, not also its district ("Djabrail" names both in some
        # sources): the district needs its area word ("Djabrail district"), handled above.
        towns_of = {c.place.admin for c in ties if c.place.precision in ("town", "city")}
        if len(ties) > 1 and towns_of:
            ties = [c for c in ties
                    if not (c.place.id in towns_of and c.place.precision == "district")]
            ranked = ties + [c for c in ranked if c not in ties]
        context_places = self._context_places(context) if len(ties) > 1 else []
        support = {c.place.id: _support(c.place, context_places) for c in ties}
        if context_places and max(support.values()) > (False, 0, 0):
            # a context decides among them: the one it also names another way, else the ones
            # inside an area it names, else the ones the most of its places lie near
            # ("Tazakend" beside "Dashkasan region"); equally supported homonyms stay tied
            top = max(support.values())
            ties = [c for c in ties if support[c.place.id] == top]
            ranked = ties + [c for c in ranked if c not in ties]
        elif context_places and (closest := _closest(ties, context_places)) is not None:
            # none lies near the context: one much closer to it than the others still is
            # the one meant (Martuni beside Shusha, 35 km off, not Gegharkunik's, 160 km)
            ties = [closest]
            ranked = ties + [c for c in ranked if c is not closest]
        if len(ties) > 1 and standalone and (top := _outranking(ties)) is not None:
            # (the largest, still told as a distance from it: "3 km from Agdam")
            chosen = (top if top.method == "near"
                      else Candidate(top.place, "rank", SCORES["rank"], top.matched))
            return Resolution(query, "resolved",
                              (chosen, *[c for c in ranked if c is not top][:7]))
        if len(ties) == 1 and fuzzy and context and ties[0].method != "fuzzy":
            nearby = self._nearby_instead(query, ties[0], context)
            if nearby is not None:
                return Resolution(query, "resolved", (nearby, *ranked[:7]))
        if (len(ties) == 1 and context and ties[0].method != "near"
                and (area := self._among_areas(ties[0], context))):
            # a town named in a list of districts ("Dashkasan, Kalbajar and Lachin") is its
            # district, as the list's other names are
            chosen = Candidate(area, "key", ties[0].score, ties[0].matched)
            return Resolution(query, "resolved", (chosen, *ranked[:7]))
        status = "ambiguous" if len(ties) > 1 else "resolved"
        return Resolution(query, status, tuple(ranked[:8]))

    def _both_names(self, halves: list[str], query: str, context: Iterable[str],
                    standalone: bool, either: bool = True) -> Resolution | None:
        """A name written as two names joined (``halves``, the text of each): the place both
        name (several such: ambiguous among them); with ``either``, the one that either names
        when the other is no name; both, ambiguous, when they name different places
        ("Sotk/Kut"); None when neither is a name (or, without ``either``, one is none)."""
        halves = [part.strip() for part in halves]
        if not all(halves):
            return None
        first, second = (self.lookup(half, context=context, standalone=standalone, fuzzy=False)
                         for half in halves)
        named = [[c for c in res.candidates if c.method != "fuzzy"]
                 if res.status != "unresolved" else [] for res in (first, second)]
        if not named[0] or not named[1]:
            res = first if named[0] else second if named[1] else None
            return Resolution(query, res.status, res.candidates) if res and either else None
        other = {c.place.id for c in named[1]}
        common = [c for c in named[0] if c.place.id in other]
        if common:
            return Resolution(query, "resolved" if len(common) == 1 else "ambiguous",
                              tuple(common))
        # "Tegh - Syunik": a place and the area it lies in, as "Tegh, Syunik" is (each of the
        # name's places there, ambiguous if several: "Agarak - Syunik")
        inside = list({c.place.id: c for one, other in (named, named[::-1]) for c in one
                       if any(c.place.admin == o.place.id for o in other)}.values())
        if inside:
            return Resolution(query, "resolved" if len(inside) == 1 else "ambiguous",
                              tuple(inside))
        return Resolution(query, "ambiguous", (named[0][0], named[1][0]))

    def _within(self, head: str, tail: str, query: str, context: Iterable[str], fuzzy: bool
                ) -> Resolution | None:
        """A name written as what lies in or at a place (``head``, ``tail``: the words before
        and after the preposition). A head that names no place but describes one ("the
        checkpoint on the Lachin corridor", "a section of the corridor") is a site the tables
        lack in the tail's place (method ``site``); a head that names a place is that place,
        the tail settling which ("Martuni in Gegharkunik"), and only one that lies in or near
        the tail's ("Sotk in Tavush" is none). None when the tail names no place, or the head
        none there."""
        outer = self.lookup(tail, context=context, standalone=True, fuzzy=fuzzy)
        if outer.status == "unresolved":
            return None
        named = ([outer.best] if outer.status == "resolved"
                 else [c for c in outer.candidates if tied(outer.best, c)])
        if all(not w[:1].isupper() or self._describes(w) for w in head.split()):
            if outer.best.method == "fuzzy":  # a description in a misspelt place: too little
                return None
            return Resolution(query, outer.status, tuple(
                replace(c, method="site", score=min(c.score, SCORES["site"]))
                for c in outer.candidates))
        inner = self.lookup(head, context=[c.place.id for c in named], standalone=True,
                            fuzzy=fuzzy)
        if inner.status == "unresolved":
            return None
        there = [c for c in inner.candidates if tied(inner.best, c)
                 and any(self._lies_in(c.place, t.place) for t in named)]
        if not there:
            return None
        rest = [c for c in inner.candidates if c not in there]
        return Resolution(query, "resolved" if len(there) == 1 else "ambiguous",
                          (*there, *rest))

    def _lies_in(self, place: Place, area: Place) -> bool:
        """Whether ``place`` lies in or near ``area``: inside it by the tables' ``admin`` links
        (up to a region), or within its radius and NEAR_KM of its point."""
        seen, admin = 0, place
        while admin is not None and seen < 4:
            if admin.id == area.id:
                return True
            admin, seen = self.places.get(admin.admin or ""), seen + 1
        return distance_km(place, area) <= area.uncertainty_m / 1000 + NEAR_KM

    def _undescribed(self, query: str) -> str | None:
        """``query`` without the words before its name that describe the place (lower-case
        words, a nationality, "Azerbaijani-controlled") and those between a settlement or area
        word and its "of" ("le village arménien de Sotk"); None when there are none. A word
        that makes another place of a name ("Nor", "Verin") or that leads away from it ("the
        road to") ends the description."""
        if _OTHER_READINGS.search(query):
            return None
        words = query.split()
        start = 0
        while start < len(words) - 1 and self._describes(words[start]):
            start += 1
        rest = words[start:]
        if len(rest) > 2 and (key(rest[0]) in _SETTLEMENT_WORDS or _is_area_word(rest[0])):
            end = 1
            while end < len(rest) - 1 and self._describes(rest[end]):
                end += 1
            if end > 1 and rest[end].casefold() in _PART_LINKS:
                rest = [rest[0], *rest[end:]]
        if (len(rest) == len(words) or not any(w[:1].isupper() for w in rest)  # no name
                or not (rest[0][:1].isupper() or key(rest[0]) in _SETTLEMENT_WORDS
                        or _is_area_word(rest[0]))):  # "shelling near Sotk": led away
            return None
        return " ".join(rest)

    def _describes(self, word: str) -> bool:
        """Whether a word before a name only describes the place: a lower-case word, or a
        nationality or a compound of one ("Armenian", "Azerbaijani-controlled") that is no
        place's name; not a settlement or area word, nor one of :data:`_NOT_DESCRIBING`."""
        k = key(word)
        if (not k or k in _SETTLEMENT_WORDS or _is_area_word(word) or k in _NOT_DESCRIBING
                or k in _ROAD_WORDS or qualifier(word)):
            return False
        first, *others = word.split("-")
        if word[:1].islower():
            return word.casefold() not in _PART_LINKS
        return (names_a_country(first) and all(o[:1].islower() for o in others)
                and not self._candidates(first, fuzzy=False))

    def lookup_typed(self, query: str, *, context: tuple[str, ...] = ()
                     ) -> tuple[Resolution, str | None]:
        """A name as typed into a sheet's place cell or ``gazetteer lookup``: :meth:`lookup`
        standalone, and, when the whole is no name, "Hadrut, Khojavend" (a place, a comma, its
        district or province, as analysts and geocoders write them) as the place with the area
        as context. Returns the resolution (of the query as written) and the area so read, or
        None."""
        res = self.lookup(query, context=context, standalone=True)
        name, comma, area = query.partition(",")
        if comma and area.strip() and (res.status == "unresolved" or res.best.method == "fuzzy"):
            parts = self.lookup(name.strip(), context=(*context, area.strip()), standalone=True)
            if parts.status != "unresolved" and (
                    parts.best.method != "fuzzy"  # or spelt like a place in or near that area
                    or _support(parts.best.place, self._context_places((area.strip(),)))
                    != (False, 0, 0)):
                return Resolution(query, parts.status, parts.candidates), area.strip()
        return res, None

    def _nearby_instead(self, query: str, found: Candidate, context: Iterable[str]
                        ) -> Candidate | None:
        """A place spelt almost so (fuzzily, above the threshold) among the places a context
        names, when the one place of this very name lies away from all of them: a report that
        names villages of one area means the one there ("Gosh" among Tovuz villages is Qoşa,
        not the Gosh of Tavush, 48 km off). Only a village yields, and only to a settlement;
        None unless exactly one such place is supported by at least two of the context's
        places and the match is unsupported."""
        if found.place.precision != "village":  # towns are known by name; areas' points vague
            return None
        places = self._context_places(context)
        if len(places) < 2 or _support(found.place, places) != (False, 0, 0):
            return None
        qkey = key(query)
        if len(qkey) < 4:
            return None
        near: dict[str, Candidate] = {}
        for place_id, name, similarity in self._similar(qkey):
            place = self.places.get(place_id)
            if place is None or place_id == found.place.id or place.precision not in _SETTLEMENTS:
                continue
            named, inside, close = _support(place, places)
            if named or inside + close >= 2:
                near.setdefault(place_id, Candidate(place, "fuzzy", _fuzzy_score(similarity),
                                                    name.name))
        return next(iter(near.values())) if len(near) == 1 else None

    def _spelt_near(self, query: str, context: Iterable[str]) -> Candidate | None:
        """A settlement name the tables do not know, spelt like one settlement of the places a
        context names (inside an area it names, or within NEAR_KM of one of its places) and
        like no other there ("Akhpradeor" beside Vardenis is Akhpradzor, one letter off). None
        unless exactly one such settlement is spelt at least FUZZY_CONTEXT alike."""
        qkey = key(query)
        places = self._context_places(context)
        if len(qkey) < 4 or not places:
            return None
        best: dict[str, tuple[float, Name]] = {}
        for place, names in self._settlements_near(tuple(p.id for p in places)):
            for k, name in names:
                similarity = fuzz.ratio(qkey, k)
                if (similarity >= FUZZY_CONTEXT and len(k) >= 4 and _alike_at_start(qkey, k)
                        and similarity > best.get(place.id, (0.0,))[0]):
                    best[place.id] = (similarity, name)
        if len(best) != 1:
            return None
        (place_id, (similarity, name)), = best.items()
        return Candidate(self.places[place_id], "fuzzy", _fuzzy_score(similarity), name.name)

    @cached_property
    def _settlement_keys(self) -> list[tuple[Place, list[tuple[str, Name]]]]:
        """Each settlement with the keys of its names: built at the first guess."""
        names = self.gazetteer.names_by_place
        return [(place, [(key(n.name), n) for n in names.get(place.id, ())])
                for place in self.places.values() if place.precision in _SETTLEMENTS]

    def _settlements_near(self, place_ids: tuple[str, ...]
                          ) -> list[tuple[Place, list[tuple[str, Name]]]]:
        """The settlements (with their name keys) that the places ``place_ids`` point at:
        inside one of them or near one (:func:`_support`); each context's worked out once."""
        pool = self._near.get(place_ids)
        if pool is None:
            if len(self._near) >= NEAR_POOLS:
                self._near.clear()
            places = [self.places[i] for i in place_ids]
            pool = self._near[place_ids] = [(place, names) for place, names in self._settlement_keys
                                            if _support(place, places) != (False, 0, 0)]
        return pool

    def _similar(self, qkey: str) -> Iterable[tuple[str, Name, float]]:
        """(place id, its name, similarity) for the keys like ``qkey`` above FUZZY_RESOLVE."""
        for k, similarity, _ in process.extract(qkey, self._fuzzy_keys, scorer=fuzz.ratio,
                                                limit=8, score_cutoff=FUZZY_RESOLVE):
            for place_id, (_how, name) in self._by_key[k].items():
                yield place_id, name, similarity

    def _candidates(self, query: str, fuzzy: bool = True) -> dict[str, Candidate]:
        found: dict[str, Candidate] = {}

        def offer(place_id: str, method: str, score: float, matched: str) -> None:
            place = self.places.get(place_id)
            if place is None:
                return
            cur = found.get(place_id)
            if cur is None or score > cur.score:
                found[place_id] = Candidate(place, method, score, matched)

        for name in self._exact.get(query.casefold(), ()):
            method = "exact" if name.kind in _PRIMARY_KINDS else "variant"
            offer(name.place_id, method, SCORES[method], name.name)
        if found:
            # another place spelt the same but for its diacritics is as likely ("Qizilhacili")
            for name in self._plain.get(fold(query), ()):
                offer(name.place_id, "variant", SCORES["variant"], name.name)
            return found
        if _RU_ADJECTIVE.fullmatch(query):
            # "Дашкесанском" (районе): a Russian adjective of a name is its area, not the town;
            # an area spelt otherwise is found through the town it is named for
            areas = set(self._areas_of(query)) or {
                self._district_of(place_id) for k in keys(query) for place_id in self._by_key[k]
            } - {None}
            for place_id in areas:
                offer(place_id, "key", SCORES["area"], query)
            if found:
                return found
        for k in keys(query):
            for place_id, (how, name) in self._by_key.get(k, {}).items():
                offer(place_id, "key", SCORES[how], name.name)
        bare = _without_articles(query)
        if not found and bare != query:
            # "de Lachin", "near Kut": the name as if written alone (the town, not its district),
            # at most as trusted as a key: not as written (one level: ``bare`` leads with none)
            return {i: replace(c, method="key", score=min(c.score, SCORES["key"]))
                    if c.method in ("exact", "variant") else c
                    for i, c in self._candidates(bare, fuzzy).items()}
        query = bare
        town, prefer = _settlement_query(query)
        if town and not found:  # "Lachin town": the settlement, never its district
            for k in keys(town):
                for place_id, (_how, name) in self._by_key.get(k, {}).items():
                    if self.places[place_id].precision not in _AREA_PRECISIONS:
                        offer(place_id, "key", SCORES["area"], name.name)
            preferred = {i: c for i, c in found.items() if c.place.precision in prefer}
            if preferred:
                return preferred
            if found:
                return found
        stem = _area_query(query)
        if stem:
            for place_id in self._areas_of(stem):
                offer(place_id, "key", SCORES["area"], query)
        if found:
            return found
        if not stem:  # an area named without its area word ("Shamshadin"), that nothing else is
            for place_id in self._area.get(area_stem(query), ()):
                offer(place_id, "key", SCORES["area"], query)
            if found:
                return found
        if not fuzzy:
            return found
        offset = _offset_query(query)
        if offset is not None:
            # "3 km north of Sotk", "à 500 m de Kut": the place the distance is told from, its
            # radius widened by the distance; none from an area, which it lies outside ("5 km
            # from Syunik" is not the village Syunik)
            metres, rest = offset
            named = [c for c in self._candidates(rest, fuzzy=False).values()
                     if c.method != "fuzzy"]
            if named and not any(c.place.precision in _AREA_PRECISIONS for c in named):
                for cand in named:
                    place = replace(cand.place,
                                    uncertainty_m=float(round(cand.place.uncertainty_m + metres)))
                    found[cand.place.id] = Candidate(place, "near", SCORES["near"], cand.matched)
                return found
        site, rest = _site_query(query)
        if site and _MINE_WORDS.intersection(map(key, query.split())):
            # a mine the tables hold under another wording ("Kajaran copper-molybdenum
            # deposit", "Каджаранского рудника" for the Kajaran mine)
            for place_id, cand in self._candidates(f"{rest} mine", fuzzy=False).items():
                if cand.place.precision == "site" and cand.method != "fuzzy":
                    offer(place_id, "site", SCORES["site"], cand.matched)
            if found:
                return found
        if site:  # "Sotk gold mine", "рудник Сотк" that the tables lack: where it is named for
            for place_id, cand in self._candidates(rest, fuzzy=False).items():
                if cand.place.precision in _SETTLEMENTS and cand.method != "fuzzy":
                    offer(place_id, "site", SCORES["site"], cand.matched)
            if found:
                return found
        ends = self._road_ends(query)
        if ends:
            # a road named by its ends in another order, language or length ("Stepanakert-
            # Berdzor road", "the Stepanakert-Shushi-Berdzor highway"): a road of the tables
            # whose ends it names
            named = set().union(*ends)
            for road_ends, roads in self._roads.items():
                if all(end & named for end in road_ends):
                    for place_id in roads:
                        offer(place_id, "key", SCORES["centre"], query)
            if found:
                return found
        if not stem:
            # a name without its "Mets", "Yukhari" or "Nor" ("Masrik" after "Mets Masrik"
            # in a report): the places so named, ambiguous when there are several
            for place_id, name in self._unqualified.get(key(query), {}).items():
                offer(place_id, "key", SCORES["centre"], name.name)
            if found:
                return found
        if stem:
            # "Sharur district" is not "Hadrut District": an area phrase is compared by its stem
            # alone, against the stems of areas, so the shared area word adds no similarity.
            qkey, pool, index = area_stem(stem), self._area_keys, self._area
        else:
            qkey, pool, index = key(query), self._fuzzy_keys, None
            # consonants that sound alike written otherwise ("Kubatly" for Qubadlı): as good as
            # a close fuzzy match, and no better than a closer one
            for place_id, name in self._by_sound.get(sound_key(query), {}).items():
                offer(place_id, "fuzzy", _fuzzy_score(SOUND_SIMILARITY), name.name)
        if len(qkey) >= 4:
            hits = process.extract(
                qkey, pool, scorer=fuzz.ratio, limit=8, score_cutoff=FUZZY_SUGGEST
            )
            for k, similarity, _ in hits:
                if index is None:
                    if not _alike_at_start(qkey, k):  # a suggestion, never a resolution
                        similarity = min(similarity, FUZZY_RESOLVE - 1)
                    for place_id, (_, name) in self._by_key[k].items():
                        offer(place_id, "fuzzy", _fuzzy_score(similarity), name.name)
                else:
                    for place_id in index[k]:
                        offer(place_id, "fuzzy", _fuzzy_score(similarity), query)
        if stem and all(c.score < _fuzzy_score(FUZZY_RESOLVE) for c in found.values()):
            # No area of that name: reports name a former district ("Vedi region",
            # "Basarkechar region") by its centre, the town of the same name; "the Sotk area",
            # a word that makes no unit of government, is the village too.
            centres = _TOWN + (_VILLAGE if _GENERIC_AREA & {key(w) for w in query.split()}
                               else ())
            # "в районе села Сотк": the settlement word after the area word
            for k in keys(_settlement_query(stem)[0] or stem):
                for place_id, (_how, name) in self._by_key.get(k, {}).items():
                    if self.places[place_id].precision in centres:
                        offer(place_id, "key", SCORES["centre"], name.name)
            if not any(c.method == "key" for c in found.values()) and len(key(stem)) >= 4:
                # the centre's name misspelt ("Basarkechyar region"): a town spelt almost so
                for place_id, name, similarity in self._similar(key(stem)):
                    if self.places[place_id].precision in _TOWN:
                        offer(place_id, "fuzzy", _fuzzy_score(similarity), name.name)
        return found

    def _declined(self, query: str) -> dict[str, Candidate]:
        """A Russian phrase declined in running text ("Нагорном Карабахе", "Нагорного
        Карабаха") matched by name in its words' normal forms ("Нагорный Карабах"), the
        likeliest first; method ``key``."""
        words = query.split()
        if len(words) > 3 or not any(morph.cyrillic(w) for w in words):
            return {}
        options = [(*morph.normal_forms(w)[:2], w) for w in words]
        for phrase in itertools.product(*options):
            found: dict[str, Candidate] = {}
            for k in keys(" ".join(phrase)):
                for place_id, (_how, name) in self._by_key.get(k, {}).items():
                    if place_id in self.places:
                        found.setdefault(place_id, Candidate(self.places[place_id], "key",
                                                             SCORES["key"], name.name))
            if found:
                return found
        return {}

    def _geonames(self, query: str) -> list[Candidate]:
        """GeoNames places of the region with this name: never curated, scored below them."""
        if self.geonames is None or len(key(query)) < 4:
            return []
        return [Candidate(g.as_place(), "geonames", GEONAMES_SCORE, g.name)
                for g in self.geonames.lookup(query, distinct=True)]

    def _areas_of(self, stem: str) -> set[str]:
        """The areas an area phrase without its area word names; a Russian adjective also
        without the н that joins it to a name ending in a vowel ("Мартунинского": Martuni,
        "Шушинский": Shushi), or as the area of the town it is built on ("Агдеринского":
        Aghdara, Martakert, whose province has the Armenian name)."""
        k = area_stem(stem)
        found = self._area.get(k, set())
        last = stem.split()[-1] if stem.strip() else ""
        if not found and _RU_ADJECTIVE.fullmatch(last):
            if k.endswith("n"):
                found = self._area.get(k[:-1], set())
            if not found:  # the adjective of a town whose area is named otherwise
                found = {self._area_of_town(place_id) for base in morph.adjective_bases(last)
                         for place_id in self._by_key.get(key(base), ())} - {None}
        return found

    def area_named_for(self, place: Place) -> Place | None:
        """The one district or region named after a town, in the town's own area ("Dashkasan"
        -> Dashkasan District; "Askeran" -> Askeran Province, beside it in Khojaly District)."""
        if place.precision not in _TOWN:
            return None
        areas = [self.places[a] for a in self._areas_of(place.name) if a in self.places]
        areas = [a for a in areas if a.id == place.admin or (a.admin and a.admin == place.admin)]
        return areas[0] if len(areas) == 1 else None

    def _among_areas(self, found: Candidate, context: Iterable[str]) -> Place | None:
        """The area named after the town ``found`` when at least two other places of the
        context are all districts, regions or towns with an area named after them (the
        list names areas); else None."""
        if found.place.precision not in _TOWN:
            return None
        others = [p for p in self._context_places(context) if p.id != found.place.id]
        if len(others) < 2 or not all(
                p.precision in ("district", "region") or self.area_named_for(p) for p in others):
            return None
        return self.area_named_for(found.place)

    def _area_of_town(self, place_id: str) -> str | None:
        """The area a town names: the one named after it ("Агдеринский": Martakert, Aghdara in
        Azerbaijani, names Martakert Province), else the district it is the seat of."""
        place = self.places.get(place_id)
        named = self.area_named_for(place) if place else None
        return named.id if named else self._district_of(place_id)

    def _district_of(self, place_id: str) -> str | None:
        """The district a town or city is the seat of (its ``admin``), else None."""
        place = self.places.get(place_id)
        admin = self.places.get(place.admin) if place and place.precision in _TOWN else None
        return admin.id if admin and admin.precision == "district" else None

    def _context_places(self, context: Iterable[str]) -> list[Place]:
        """The places a context names, each once."""
        out: dict[str, Place] = {}
        for item in context:
            if item in self.places:
                out[item] = self.places[item]
            elif item:  # a bare name, read as the lookup command reads one
                res = self.lookup(item, standalone=True)
                if res.place:
                    out[res.place.id] = res.place
        return list(out.values())

    def __call__(self, query: str) -> Resolution:
        return self.lookup(query)


def area_stem(text: str) -> str:
    """The key of an area name without its area word, with Russian adjective endings removed
    ("Гадрутского" -> "gadrut")."""
    return key(text)


def _expand_abbreviations(query: str) -> str:
    """The query with its abbreviated area and settlement words written out ("Tavush prov." ->
    "Tavush province", "Кельбаджарского р-на" -> "Кельбаджарского район", "пос. Лачин" ->
    "посёлок Лачин"); the query itself when it has none."""
    out = []
    for word in query.split():
        bare = word.rstrip(".,").casefold()
        dotted = word.rstrip(",").endswith(".")
        full = _ABBREVIATED.get(bare) if dotted or bare not in _ABBREVIATED_LETTERS else None
        out.append(full + ("," if word.endswith(",") else "") if full else word)
    return " ".join(out)


def _without_articles(query: str) -> str:
    """"the Lachin district" -> "Lachin district"; "le village de Vank" -> "village de Vank";
    "в селе Сотк" -> "селе Сотк"."""
    words = query.split()
    while len(words) > 1 and words[0].casefold() in LEADING_WORDS:
        words.pop(0)
    return " ".join(words)


def _without_country(query: str) -> str:
    """The name without a country that follows it ("Tegh, Armenia", "Tavush province of
    Armenia", "en Arménie", "Сюникской области Армении") or owns it ("Armenia's Tavush");
    the query itself when none does."""
    words = query.replace(",", " , ").split()
    if len(words) > 1 and names_a_country(words[-1]):
        words.pop()
        while words and words[-1].casefold() in _COUNTRY_LINKS:
            words.pop()
    elif len(words) > 1 and words[0].casefold().endswith(("'s", "’s")) and names_a_country(
            words[0]):
        words.pop(0)
    else:
        return query
    return " ".join(words).replace(" , ", ", ").strip(" ,") or query


def _settlement_query(query: str) -> tuple[str | None, tuple[str, ...]]:
    """The name in "Lachin town", "village of Vank", "город Лачин", "Laçın şəhəri", and the
    precisions its settlement word prefers; (None, ()) for other names."""
    words = query.split()
    if len(words) < 2:
        return None, ()
    if (prefer := _SETTLEMENT_WORDS.get(key(words[-1]))) is not None:
        return " ".join(words[:-1]), prefer
    if (prefer := _SETTLEMENT_WORDS.get(key(words[0]))) is not None:
        rest = words[1:]
        if rest and rest[0].casefold() in _ARTICLES:
            rest = rest[1:]
        return " ".join(rest) or None, prefer
    return None, ()


def _is_area_word(word: str, *, cut: bool = False) -> bool:
    """Whether a word is an area word; with ``cut``, also the first five letters or more of one,
    as a phrase cut short at the end of a line or field writes it ("Tovuz regio", "Lachin
    distr")."""
    k = key(word)
    return k in _AREA_WORDS or (
        cut and len(k) >= _CUT_MIN and any(w.startswith(k) for w in _CUT_AREA_WORDS)
    )


#: A distance before the place it is told from ("3 km north of Sotk", "2 miles from Kut", "à 3
#: km au nord de Sotk", "в 5 км от Сотка", "300 metres from X"): the vocabularies by which
#: extraction reads such a place as a reference point (REFERENCE_PLACE, METRES).
_OFFSET = re.compile(
    r"^(?:(?:about|some|around|roughly|approximately|nearly|environ|à|около|примерно|в)\s+)?"
    r"(?:(?P<thousands>\d{1,3}(?:,\d{3})+)|(?P<digits>\d+(?:[.,]\d+)?)|(?P<word>"
    + alternation("NUMBERS") + r"))\s*(?:(?P<km>" + alternation("REFERENCE_PLACE") + r")|(?:"
    + alternation("METRES") + r")\.?\s+(?:[\w'’-]+\s+){0,2}?(?:from|of|de|du|d['’]|от))"
    r"(?:(?<=['’])|\s+)(?P<name>.+)$", re.I)
_MILE_M = 1609.344


def _offset_query(query: str) -> tuple[float, str] | None:
    """(metres, the place's name) for a distance from a named place, else None."""
    m = _OFFSET.match(query)
    if m is None:
        return None
    if m["thousands"]:  # "2,000 metres"
        number = float(m["thousands"].replace(",", ""))
    elif m["digits"]:
        number = float(m["digits"].replace(",", "."))
    else:
        number = float(numbers()[m["word"].casefold()])
    unit = m["km"]
    metres = (number * _MILE_M if unit.casefold().startswith("mi") else number * 1000.0
              ) if unit else number
    return metres, m["name"]


def _site_query(query: str) -> tuple[bool, str]:
    """(True, the settlement's name) for "Sotk gold mine", "hauteurs de Kut", "рудник Сотк";
    (False, query) for other names."""
    words = query.split()
    end = len(words)
    while end > 1 and key(words[end - 1]) in _SITE_WORDS:
        end -= 1
    if end < len(words):
        return True, " ".join(words[:end])
    start = 0
    while start < len(words) - 1 and key(words[start]) in _SITE_WORDS:
        start += 1
    if start:
        while start < len(words) - 1 and words[start].casefold() in _ARTICLES:
            start += 1
        return True, " ".join(words[start:])
    return False, query


_POSSESSIVE = re.compile(r"^(.+)['’]s$")


def _within_query(query: str) -> tuple[str, str] | None:
    """(what lies there, the place) for "the checkpoint on the Lachin corridor", "Mets Shen in
    Lachin district", "a section of the Lachin corridor", "Gegharkunik's Sotk": split at the
    first word of :data:`_WITHIN_WORDS`, or of :data:`_PART_LINKS` after a word of
    :data:`_PART_WORDS`, with words on both sides, or after an owner's "'s"; None when there is
    none."""
    if _OTHER_READINGS.search(query):
        return None
    words = query.split()
    for i in range(len(words) - 1):
        word = words[i].casefold()
        if i and (word in _WITHIN_WORDS
                  or (word in _PART_LINKS and key(words[i - 1]) in _PART_WORDS)):
            return " ".join(words[:i]), " ".join(words[i + 1:])
        if (owner := _POSSESSIVE.match(words[i])) is not None:  # "Gegharkunik's Sotk"
            return " ".join(words[i + 1:]), " ".join([*words[:i], owner[1]])
    return None


def _area_query(query: str) -> str | None:
    """The name in an area phrase: "Hadrut region", "Гадрутского района", and with the area
    word first, "région de Chouchi", "secteur d'Agdam", "district of Lachin"; None otherwise.
    The last word may be an area word cut short ("Tovuz regio"). The border an area word's
    section lies on says nothing more ("Nakhchivan section of the Armenian-Azerbaijani border",
    "нахичеванском участке армяно-азербайджанской границы")."""
    words = _without_border(query.split())
    if len(words) < 2:
        return None
    if _is_area_word(words[-1], cut=True):
        words.pop()
        while words and (key(words[-1]) in _AREA_WORDS or key(words[-1]) in _AREA_QUALIFIERS):
            words.pop()
    elif key(words[0]) in _AREA_WORDS:
        words.pop(0)
        while len(words) > 1 and words[0].casefold() in _ARTICLES:
            words.pop(0)
    else:
        return None
    return " ".join(words) or None


def _without_border(words: list[str]) -> list[str]:
    """The words of an area's section without the border after it: "of the (Armenian-
    Azerbaijani state) border", "de la frontière (arméno-azerbaïdjanaise)", "(армяно-
    азербайджанской) границы"; the words themselves where no border word ends them (a French
    adjective after it aside)."""
    if len(words) > 1 and key(words[-1]) in _BORDER_WORDS:
        rest = words[:-1]
    elif (len(words) > 2 and key(words[-2]) in _BORDER_WORDS
          and not _is_area_word(words[-1])):  # "frontière arméno-azerbaïdjanaise"
        rest = words[:-2]
    else:
        return words
    for _ in range(_BORDER_MODIFIERS):  # its adjectives, not the area word before them
        if len(rest) > 1 and not _is_area_word(rest[-1]) and rest[-1].casefold() not in _ARTICLES:
            rest.pop()
    while len(rest) > 1 and rest[-1].casefold() in _ARTICLES:
        rest.pop()
    return rest


def _support(place: Place, context: list[Place]) -> tuple[bool, int, int]:
    """How strongly a context points at a place: whether it names the place itself (another
    way: "Истису (Джермук)"), how many context places it lies inside (their ``admin`` link,
    either way: a province holds its villages), how many lie within NEAR_KM. An area that holds
    the place counts as holding it only: how near its centre the place lies says nothing (both
    Agaraks lie in Syunik, one of them nearer the province's point)."""
    named = any(p.id == place.id for p in context)
    inside = sum(place.admin == p.id or p.admin == place.id for p in context)
    near = sum(distance_km(place, p) <= NEAR_KM for p in context if place.admin != p.id)
    return named, inside, near


#: Two names joined by a hyphen or a dash ("Sotk-Kut", "Goris – Kapan"): split once, at the
#: one such joint of a text that holds one.
_PAIR = re.compile(r"\s*[–—]\s*|(?<=\w)\s*-\s*(?=\w)")


def _alike_at_start(a: str, b: str) -> bool:
    """Whether two keys may be one name misspelt: the same first letter, or lengths within one
    letter. A longer name that ends like another ("Kashatagh" and Chatakh) is another name."""
    return a[:1] == b[:1] or abs(len(a) - len(b)) <= 1


def _closest(ties: list[Candidate], context: list[Place]) -> Candidate | None:
    """The homonym within FAR_KM of a context place while every other homonym is at least
    CLOSER times as far from all of them; None otherwise."""
    distance = {c.place.id: min(distance_km(c.place, p) for p in context) for c in ties}
    order = sorted(ties, key=lambda c: distance[c.place.id])
    first, second = distance[order[0].place.id], distance[order[1].place.id]
    return order[0] if first <= FAR_KM and second >= CLOSER * max(first, 1.0) else None


def _outranking(ties: list[Candidate]) -> Candidate | None:
    """The one candidate of a higher rank than all the others, matched by name (not fuzzily);
    None when two share the top rank or one has no rank."""
    ranks = [RANKS.get(c.place.kind) for c in ties]
    if None in ranks or any(c.method == "fuzzy" for c in ties):
        return None
    top = max(r for r in ranks if r is not None)
    return ties[ranks.index(top)] if ranks.count(top) == 1 else None


def _fuzzy_score(similarity: float) -> float:
    return round(0.85 * similarity / 100.0, 4)


#: The least score of a fuzzy match that resolves (below it, a suggestion).
FUZZY_RESOLVE_SCORE = _fuzzy_score(FUZZY_RESOLVE)
#: The least score of a name that its context may still resolve (:meth:`Matcher._spelt_near`).
FUZZY_CONTEXT_SCORE = _fuzzy_score(FUZZY_CONTEXT)


_SIZE = {"city": 6, "town": 5, "district": 4, "region": 3, "village": 2, "site": 1}


def _size(place: Place) -> int:
    """Order of equally good candidates: a city or town before its district, an area before a
    village of the same name (the usual sense of a name in reports)."""
    return _SIZE.get(place.precision, 0)
