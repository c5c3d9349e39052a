"""Events and casualties of a sentence: trigger words by event type, killed and wounded counts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mapper.dates import MONTHS
from mapper.extract.speech import word_vocabulary
from mapper.lang import alternation, numbers, triggers, words
from mapper.scan import Cued, Prefiltered, cue_words, vocabulary

#: Event types by trigger, strongest first: a claim gathering several keeps the first.
EVENT_PRIORITY = (
    "capture",
    "armed_clash",
    "attack",
    "shelling",
    "ambush_sabotage",
    "detention",
    "withdrawal_evacuation",
    "ceasefire_violation",
    "casualty_report",
    "statement_threat",
)


def _trigger_regex(fragments: Sequence[str]) -> re.Pattern[str]:
    """The event words among ``fragments``, a group named by event type for each type."""
    chosen = set(fragments)
    return re.compile(
        "|".join(rf"(?P<{kind}>(?<!\w)(?:{'|'.join(f for f in frags if f in chosen)})(?!\w))"
                 if chosen.intersection(frags) else rf"(?P<{kind}>(?!))"  # a type none has
                 for kind, frags in triggers().items()),
        re.I,
    )


#: Every event word of every type.
TRIGGER_WORDS = [f for frags in triggers().values() for f in frags]
TRIGGER_SCAN = Prefiltered(_trigger_regex, TRIGGER_WORDS)
TRIGGER_RE = TRIGGER_SCAN.regex
# Verbs of movement that end the reach of the trigger before them ("... and deployed near X").
_BARRIER = word_vocabulary("BARRIERS")
_POSITIONS_OF = re.compile(
    rf"(?<!\w)(?:{alternation('POSITIONS_OF')})\s+(?:[\w'’-]+\s+){{0,4}}$", re.I)



def _casualty_regex(fragments: Sequence[str]) -> re.Pattern[str]:
    """The casualty words among ``fragments``, in groups ``killed`` and ``wounded``."""
    groups = [rf"(?P<{group}>{'|'.join(f for f in words(group.upper()) if f in fragments)})"
              if set(words(group.upper())) & set(fragments) else rf"(?P<{group}>(?!))"
              for group in ("killed", "wounded")]
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)", re.I)


CASUALTY_SCAN = Prefiltered(_casualty_regex, words("KILLED") + words("WOUNDED"))
_ACTING = frozenset(w.casefold() for w in words("ACTING"))
_NUMBER_WORDS = numbers()
# "no one was hurt", "ни один не пострадал": no count (each word a lookbehind of its own width)
_NO_COUNT = "".join(rf"(?<!(?<!\w){re.escape(w)}\s)" for w in words("NO_COUNT_BEFORE"))
_NUMBER_RE = re.compile(
    # (not the minutes of a clock time nor the day of a written date: "в 8:45", "2021-07-14")
    rf"(?<!\w)(?<!\d[.:/-]){_NO_COUNT}(?:(?P<digits>\d{{1,4}})(?![\d.:/-]\d)"
    rf"(?!{alternation('AGE_AFTER')})|"
    rf"(?P<word>{'|'.join(_NUMBER_WORDS)})|"
    # (two words may stand between, "an Armenian contract soldier"; not another article, "a
    # identifié un soldat", nor a number, "a dozen soldiers")
    rf"(?P<article>{alternation('ONE_ARTICLES')})"
    rf"(?=\s+(?:(?!(?:{alternation('ONE_ARTICLES')}|{'|'.join(_NUMBER_WORDS)})\s)[\w-]+\s+){{0,2}}"
    rf"(?:{alternation('VICTIMS')})\b)|"
    rf"(?P<one>{alternation('SINGULAR_VICTIMS')}))"
    rf"(?!\w)(?!\s+(?:{alternation('TIME_UNITS')})(?!\w))"
    # "killing two cows", "15 sheep were killed": animals, not casualties
    rf"(?!\s+(?:[\w-]+\s+)?(?:{alternation('ANIMALS')})(?!\w))",
    re.I,
)
# A day of the month beside its month ("On May 2, 3 soldiers", "2 мая ... 3 военнослужащих"):
# a date, no count.
_MONTH_WORDS = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_MONTH_AFTER = re.compile(rf"\s*(?:{_MONTH_WORDS})(?!\w)", re.I)
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{_MONTH_WORDS})\.?\s*$", re.I)
_PASSIVE_BEFORE = vocabulary(
    lambda v: rf"(?:{v})\s+(?:\w+\s+)?$", words("PASSIVE_BEFORE"),
    word_start=False, shortest=1, cues=cue_words(words("PASSIVE_BEFORE")),
)
_CLAUSE_STOP = re.compile(rf"[.;:!?]|\b(?:{alternation('CLAUSE_STOPS')})\b", re.I)
# Where the count after an active casualty word ends: a full stop, or a comma that does not
# go on with "and" and another number ("two soldiers, and a civilian" goes on).
_FORWARD_STOP = re.compile(
    rf"[.;!?]|,(?!\s*(?:{alternation('AND')}|{alternation('AND_MORE')})\s+"
    rf"(?:(?:{alternation('ONE_ARTICLES')})\s+|\d|"
    + "|".join(w for w in _NUMBER_WORDS if " " not in w) + r"))", re.I)
# Where a clause joins the next one: a comma or "and".
_JOINT = re.compile(rf",|(?<!\w)(?:{alternation('AND')})(?!\w)", re.I)
# A number set off after a capitalised name, between commas or in parentheses ("Arman
# Hakobyan, 19, was killed", "Hakobyan (19)"): the person's age, no count.
_AGE_BEFORE = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’-]*(?:,\s*|\s*\()$")
_AGE_CLOSE = re.compile(r"\s*[,)]")
# A casualty word whose form says one victim ("погиб", "a été blessé"), ending where it ends.
_SINGULAR_CASUALTY = re.compile(rf"(?:{alternation('SINGULAR_CASUALTY')})$", re.I)
# A negation right before a casualty word ("не пострадал"): nobody hurt, no casualty.
_NOT_CASUALTY = re.compile(rf"(?<!\w)(?:{alternation('NOT_CASUALTY')})\s+$", re.I)
# Adjectives a number may stand before its victim with ("два мирных жителя", "два армянских
# солдата"): the victim the number's, not one more.
_NUMBERS_VICTIM = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
# A count, up to two words (its adjectives) and its victim right before a casualty word
# ("двое азербайджанских военнослужащих погибли", "three Armenian contract soldiers died"):
# farther back than COUNT_BEFORE reaches.
_COUNTED_VICTIM_BEFORE = re.compile(
    rf"(?<!\w)(?P<count>\d{{1,4}}|{'|'.join(_NUMBER_WORDS)}){_NUMBERS_VICTIM.pattern}"
    rf"(?:{alternation('VICTIMS')})\s+$", re.I)
#: Words read around a casualty word for its count.
COUNT_BEFORE, COUNT_BEFORE_PASSIVE, COUNT_AFTER = 30, 80, 80

Events = list[tuple[int, str | None]]  # (offset in the sentence, event type or None: a barrier)


_HISTORY_AFTER = Cued(
    re.compile(rf"^\W{{0,3}}(?:\w+\W+){{0,5}}?(?:{alternation('HISTORY_AFTER')})", re.I),
    cue_words(words("HISTORY_AFTER")),
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_EPITHETS = word_vocabulary("EPITHETS")
#: Events said not to have happened ("no shots were fired"); roles reads them too.
NO_EVENT = word_vocabulary("NO_EVENT")
_PRECAUTIONS = word_vocabulary("PRECAUTIONS")
_ORDNANCE_FOUND = word_vocabulary("ORDNANCE_FOUND")
_OUTBREAK = word_vocabulary("OUTBREAK")
#: Characters after an event word read for a sign that it is history.
HISTORY_REACH = 40


def events_of(text: str, folded: str, found: Events, year: int | None = None) -> Events:
    """The triggers of a sentence with its movement barriers added, in order; without the
    event words of history ("liberated in 2020", before the report's ``year``), of stock
    epithets ("liberated from occupation"), of events said not to have happened ("no shots
    were fired"), of precautions ("anti-terror measures were stepped up") and of explosives
    found or mapped, not set off ("deminers found 40 mines")."""
    epithets = ([(m.start(), m.end())
                 for vocabulary in (_EPITHETS, NO_EVENT, _PRECAUTIONS, _ORDNANCE_FOUND)
                 for m in vocabulary.finditer(text, folded)] if found else [])
    kept = []
    for offset, kind in found:
        if any(a <= offset < b for a, b in epithets):
            continue
        end = _word_end(text, offset)
        history = _HISTORY_AFTER.search(text, folded, end, end + HISTORY_REACH)
        if history:
            years = [int(y) for y in _YEAR.findall(history.group())]
            if not years or year is None or max(years) < year:
                continue
        kept.append((offset, kind))
    # a barrier word that begins an event phrase ("the road remains closed") is the event
    starts = {offset for offset, _ in found}
    barriers = [(m.start(), None) for m in _BARRIER.finditer(text, folded)
                if m.start() not in starts
                # "fired at the positions of the Azerbaijani army located in X": where the
                # positions fired on stand, no movement of the ones who fired
                and not _POSITIONS_OF.search(text, max(0, m.start() - 50), m.start())]
    return sorted(kept + barriers, key=lambda e: e[0])


def outbreak(text: str, folded: str) -> bool:
    """Whether a sentence tells the outbreak of fighting ("heavy fighting erupted in late
    September", "бои начались 27 сентября"), the start of a war that its date may make
    background."""
    return _OUTBREAK.search(text, folded) is not None


def _word_end(text: str, offset: int) -> int:
    end = offset
    while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        end += 1
    return end


def event_for(events: Events, offset: int) -> str | None:
    """The event of a place: the trigger nearest before it, else the first after it (also when
    a movement word stands between: "the positions located near X were shelled")."""
    before = [e for e in events if e[0] < offset]
    if before and before[-1][1]:
        found = before[-1][1]
    else:
        after = [e for e in events if e[0] > offset and e[1]]
        found = after[0][1] if after else None
    if found == "unknown":  # "the incident happened on the road, with the blast ...": a blast
        told = [k for _, k in events if k and k != "unknown"]
        return told[0] if told else found
    return found


Casualties = tuple[int | None, int | None, list[str]]
NO_CASUALTIES: Casualties = (None, None, [])


def casualties(text: str, folded: str) -> Casualties:
    """Killed and wounded counts stated in a sentence, with the phrases they came from.

    A count stands before a passive or bare casualty word ("four soldiers were killed", "two
    wounded") or after an active one ("killing four soldiers", "shelling killed 3 and wounded
    5"); a number counts once.
    """
    killed = wounded = None
    notes: list[str] = []
    used: set[int] = set()  # start offsets of numbers already counted
    matches = list(CASUALTY_SCAN.finditer(text, folded))
    for k, m in enumerate(matches):
        prev_end = matches[k - 1].end() if k else 0
        stops = [s.end() for s in _CLAUSE_STOP.finditer(text, prev_end, m.start())]
        before_start = stops[-1] if stops else prev_end  # the count stays in its clause
        if _NOT_CASUALTY.search(text, max(0, m.start() - 20), m.start()):
            continue
        word = m.group(0).casefold()
        count = None
        if word not in _ACTING:  # "killing four soldiers", "blessant trois civils": it follows
            passive = _PASSIVE_BEFORE.search(text, folded, m.start() - 30, m.start())
            reach = COUNT_BEFORE_PASSIVE if passive else COUNT_BEFORE
            count = _numbers(text, max(before_start, m.start() - reach), m.start(), used)
            if count is None and (victim := _COUNTED_VICTIM_BEFORE.search(
                    text, max(before_start, m.start() - COUNT_BEFORE_PASSIVE), m.start())):
                count = _numbers(text, victim.start("count"), m.start(), used)
        if count is None:
            nxt = matches[k + 1].start() if k + 1 < len(matches) else len(text)
            end = nxt
            cut = _FORWARD_STOP.search(text, m.end(), nxt)
            if cut:
                end = cut.start()
            elif k + 1 < len(matches):
                end = _next_clause(text, m.end(), nxt, used)
            count = _numbers(text, m.end(), min(end, m.end() + COUNT_AFTER), used)
        if count is None and _SINGULAR_CASUALTY.search(text, max(0, m.start() - 40), m.end()):
            count = 1  # "погиб рядовой", "le soldat a été tué": one, named by the word's form
        if count is None:  # "soldiers were killed": a casualty, its count not given
            note = f"{'killed' if m.group('killed') else 'wounded'}, no count"
            if note not in notes:
                notes.append(note)
            continue
        if m.group("killed"):
            killed = (killed or 0) + count
            notes.append(f"{count} killed")
        else:
            wounded = (wounded or 0) + count
            notes.append(f"{count} wounded")
    return killed, wounded, notes


def _next_clause(text: str, start: int, nxt: int, used: set[int]) -> int:
    """Where the count after a casualty word ends when another casualty word follows at
    ``nxt``: before the last "and" or comma when a number stands between it and that word,
    the next word's own count ("погибли два человека и трое получили ранения": two killed,
    three wounded); ``nxt`` otherwise ("погибли двое и ранены трое")."""
    joints = list(_JOINT.finditer(text, start, nxt))
    if joints and _numbers(text, joints[-1].end(), nxt, set(used)) is not None:
        return joints[-1].start()
    return nxt


def _numbers(text: str, start: int, end: int, used: set[int]) -> int | None:
    total = None
    last_end = None  # where the last number counted ends
    for n in _NUMBER_RE.finditer(text, start, end):
        if n.start() in used:
            # a number the casualty word before took owns the victim after it ("погиб один
            # военнослужащий и ранены двое": that soldier is not one more wounded)
            last_end = n.end()
            continue
        if n.group("one") and last_end is not None and (
                n.start() - last_end <= 2
                or _NUMBERS_VICTIM.fullmatch(text, last_end, n.start())):
            continue  # "два (мирных) солдата": the number's victims, counted with it
        if n.group("digits"):
            value = int(n.group("digits"))
            if 1900 <= value <= 2100 or _MONTH_AFTER.match(text, n.end()) or \
                    _MONTH_BEFORE.search(text, max(0, n.start() - 12), n.start()):
                continue
            if (_AGE_CLOSE.match(text, n.end())
                    and _AGE_BEFORE.search(text, max(0, n.start() - 40), n.start())):
                continue
        elif n.group("word"):
            value = _NUMBER_WORDS[n.group("word").casefold()]
        else:
            value = 1
        used.add(n.start())
        last_end = n.end()
        total = (total or 0) + value
    return total
