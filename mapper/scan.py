"""One multi-pattern scan of report text for every gazetteer name and claimant alias.

The text is folded one character for one (:func:`mapper.names.fold`), so a hit's offsets are
offsets into the original text. An Aho-Corasick automaton (pyahocorasick) finds all names at
once; hits must stand at word boundaries, where a Russian or Armenian case ending may follow the
name ("Гадрута", "Հադրութում"), and the longest leftmost hit wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

import ahocorasick

from mapper.gazetteer import Gazetteer
from mapper.names import fold

# Case endings a name may carry in running text, by the script of its last letter.
_RU_TAIL = ("ского", "ском", "ским", "ский", "ами", "ями", "ах", "ях", "ом", "ем", "ой", "ей",
            "ую", "ам", "ям", "а", "я", "у", "ю", "е", "ы", "и")
_HY_TAIL = ("ում", "ից", "ով", "ի", "ը", "ն", "ու")
#: Case forms of a Russian adjective that opens a name ("Лачинский коридор": "Лачинского
#: коридора", "Нагорном Карабахе"); the noun after it takes its ending as a tail.
_RU_ADJECTIVE = {fold(ending): tuple(map(fold, forms)) for ending, forms in {  # "й" folds to "и"
    "ский": ("ского", "скому", "ским", "ском"), "ный": ("ного", "ному", "ным", "ном"),
    "ская": ("ской", "скую"), "ное": ("ного", "ному", "ным", "ном"),
    "ские": ("ских", "ским", "скими"), "ные": ("ных", "ным", "ными"),
}.items()}


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _stem(folded: str) -> str | None:
    """A Russian name ending in -а or -я without it, which its other cases extend ("армени":
    "Армении", "Арменией"), or None."""
    if folded[-1:] in ("а", "я") and len(folded) >= 5 and _cyrillic(folded[-2]):
        return folded[:-1]
    return None


#: Case forms of a Russian feminine noun that opens a body's name ("Армия обороны": "Армии
#: обороны", "Пресс-служба X": "пресс-службы X").
_RU_NOUN = {fold(ending): tuple(map(fold, forms)) for ending, forms in {
    "ия": ("ии", "ию", "ией"), "ба": ("бы", "бе", "бу", "бой"),
}.items()}


def _declined(folded: str, endings: dict[str, tuple[str, ...]] = _RU_ADJECTIVE) -> list[str]:
    """The oblique case forms of a Russian name of two or more words whose first word takes
    ``endings`` (an adjective's, or :data:`_RU_NOUN` for a body opened by a noun)."""
    first, _, rest = folded.partition(" ")
    if not rest or not first or not _cyrillic(first[-1]):
        return []
    for ending, forms in endings.items():
        if first.endswith(ending):
            stem = first[: -len(ending)]
            return [f"{stem}{form} {rest}" for form in forms]
    return []


class Hit(NamedTuple):
    """A name found in text: [start, end) in the original text, and what it names."""

    start: int
    end: int
    kind: str  # "place" | "claimant"
    ids: tuple[str, ...]  # place ids (several for a homonym) or one claimant id
    pattern: str  # the folded name that matched
    weak: bool = False  # an ordinary word or a very short name: needs a place cue


#: Times an alternative of a :class:`Prefiltered` is tried by the whole regex before it is
#: compiled alone: compiling one costs what trying the whole regex at some fifty places does,
#: and most alternatives stand in few reports (real reports: 0.3 s of compiling saved).
FEW_TRIES = 32


class Prefiltered:
    """A regex of many alternatives, run only where an Aho-Corasick scan of their literal
    prefixes says one may start.

    Python's ``re`` tries every alternative at every position; for a vocabulary of a hundred
    trigger words that is ten times slower than scanning for the words' first letters with an
    automaton and matching the regex, anchored, at those few positions. The matches are the
    same as ``regex.finditer`` gives (for the alternatives this class accepts: each begins with
    a literal of ``shortest`` or more characters, or with a group of such alternatives).

    Given ``build`` (alternatives -> the regex of just those, in the same order) instead of a
    regex, a position is matched by the regex of each alternative whose prefix stands there, in
    order, until one matches: the match the whole regex gives (its alternatives are tried in
    order, and the others cannot start there), without trying a hundred of them; until an
    alternative has been tried :data:`FEW_TRIES` times, the whole regex stands in for it.
    ``word_start`` says every match starts a word (the regex looks behind for one), so that
    only prefixes at the start of a word are tried; ``cues`` (words every match contains, as
    for :class:`Cued`) let :meth:`search` pass over a window without one at once, for a
    vocabulary whose short prefixes stand inside many words ("as" in "was").
    """

    def __init__(
        self,
        regex: re.Pattern[str] | Callable[[Sequence[str]], re.Pattern[str]],
        alternatives: Iterable[str],
        *,
        word_start: bool = True,
        shortest: int = 2,
        cues: Iterable[str] = (),
    ) -> None:
        alternatives = tuple(alternatives)
        if isinstance(regex, re.Pattern):
            self.regex, self._build = regex, None
        else:
            self.regex, self._build = regex(alternatives), regex
        self._alternatives = alternatives
        self._word_start = word_start
        # The regex of each alternative, compiled when tried the FEW_TRIES + 1st time; the
        # times each was tried before.
        self._regexes: list[re.Pattern[str] | None] = [None] * len(alternatives)
        self._tries = [0] * len(alternatives)
        self._automaton = ahocorasick.Automaton()
        masks: dict[str, int] = {}
        for i, alternative in enumerate(alternatives):
            for prefix in _prefixes(alternative, shortest):
                folded = fold(prefix)
                masks[folded] = masks.get(folded, 0) | 1 << i
        for folded, mask in masks.items():
            self._automaton.add_word(folded, (len(folded), mask))
        self._automaton.make_automaton()
        self._absent = _Absence(self._automaton)
        self._cues = Cues(cues) if cues else None

    def _starts(self, folded: str) -> list[tuple[int, int]]:
        """Where a match may start in ``folded``, with the alternatives that may start there."""
        if self._word_start:
            found = [(s, mask) for end, (n, mask) in self._automaton.iter(folded)
                     if not (s := end - n + 1) or not folded[s - 1].isalnum()]
        else:
            found = [(end - n + 1, mask) for end, (n, mask) in self._automaton.iter(folded)]
        if len(found) < 2:
            return found
        found.sort()
        if len({s for s, _ in found}) == len(found):
            return found
        starts: dict[int, int] = {}
        for start, mask in found:  # prefixes of several lengths start here
            starts[start] = starts.get(start, 0) | mask
        return list(starts.items())

    def _match(self, text: str, start: int, mask: int) -> re.Match[str] | None:
        """``regex.match(text, start)``, where the alternatives of ``mask`` (bits) may start:
        the first of them, in order, that matches, as the regex would choose."""
        if self._build is None:
            return self.regex.match(text, start)
        while mask:
            i = (mask & -mask).bit_length() - 1
            mask &= mask - 1
            regex = self._regexes[i]
            if regex is None:
                self._tries[i] += 1
                if self._tries[i] <= FEW_TRIES:
                    # the whole regex: the first of the alternatives left that matches here
                    return self.regex.match(text, start)
                regex = self._regexes[i] = self._build([self._alternatives[i]])
            m = regex.match(text, start)
            if m:
                return m
        return None

    def finditer(self, text: str, folded: str) -> Iterable[re.Match[str]]:
        """``regex.finditer(text)``; ``folded`` is ``fold(text)``."""
        last = -1
        for start, mask in self._starts(folded):
            if start < last:
                continue
            m = self._match(text, start, mask)
            if m:
                last = m.end()
                yield m

    def search(
        self, text: str, folded: str, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """``regex.search(text[start:end])`` (offsets in the slice); ``folded`` is
        ``fold(text)``."""
        if self._absent.holds_none(folded):
            return None
        start = max(0, start)
        end = len(text) if end is None else end
        if start >= end or (self._cues and not self._cues.found(folded, start, end)):
            return None
        whole = not start and end >= len(text)
        window = text if whole else text[start:end]
        for at, mask in self._starts(folded if whole else folded[start:end]):
            m = self._match(window, at, mask)
            if m:
                return m
        return None


def vocabulary(
    pattern: Callable[[str], str], alternatives: Iterable[str], flags: int = re.I,
    **options: Any,
) -> Prefiltered:
    """A :class:`Prefiltered` regex with one vocabulary in it: ``pattern`` writes the regex
    around an alternation of (some of) ``alternatives``, which every match starts with."""
    return Prefiltered(lambda alternatives: re.compile(pattern("|".join(alternatives)), flags),
                       alternatives, **options)


#: Longest text :class:`Cues` looks through whole once before its windows (a sentence's length;
#: the windows of a longer text are scanned alone).
MAX_WHOLE = 4000


class _Together:
    """Which of the :class:`_Absence` automata have a word in a text, found by one scan of an
    automaton holding all their words (each word's value: the bits of the automata that hold
    it), where each automaton scanned the text alone before: a sentence is asked about by a
    dozen vocabularies or more, and most hold none of its words, so each scanned it whole.
    Built at the first question, from the automata made by then (every vocabulary is made when
    its module is imported); an automaton made later scans alone. The answers for the last
    texts asked about are kept: the windows of a sentence ask about it again and again."""

    #: Texts whose answers are kept (a report's sentences and then some).
    KEPT = 512

    def __init__(self) -> None:
        self._members: list[Any] = []
        self._automaton: Any = None
        self.kept: dict[str, int] = {}

    def join(self, automaton: Any) -> int | None:
        """The bit of ``automaton`` in the answers, or None once the scan is built."""
        if self._automaton is not None:
            return None
        self._members.append(automaton)
        return len(self._members) - 1

    def _build(self) -> Any:
        bits: dict[str, int] = {}
        for i, member in enumerate(self._members):
            for word in member:  # (an automaton iterates over its words)
                bits[word] = bits.get(word, 0) | 1 << i
        automaton = ahocorasick.Automaton()
        for word, mask in bits.items():
            automaton.add_word(word, mask)
        if bits:
            automaton.make_automaton()
        return automaton

    def holding(self, folded: str) -> int:
        """The bits of the automata with a word in ``folded``."""
        found = self.kept.get(folded)
        if found is None:
            if self._automaton is None:
                self._automaton = self._build()
            found = 0
            if len(self._automaton):
                for _, mask in self._automaton.iter(folded):
                    found |= mask
            if len(self.kept) >= self.KEPT:
                self.kept.clear()
            self.kept[folded] = found
        return found


_TOGETHER = _Together()


class _Absence:
    """Whether a whole text holds none of an automaton's words: answered by the one scan of
    :class:`_Together` for all vocabularies; an automaton made after that scan was built
    remembers the answer for the last text asked about and the last found to hold none."""

    def __init__(self, automaton: Any) -> None:
        self._automaton = automaton
        bit = _TOGETHER.join(automaton)
        self._bit = None if bit is None else 1 << bit
        self._asked = self._without = ""

    def holds_none(self, folded: str) -> bool:
        """True when ``folded`` (no longer than :data:`MAX_WHOLE`) holds none of the words;
        False when it holds one or is too long to look through whole."""
        if len(folded) > MAX_WHOLE:
            return False
        if self._bit is not None:
            found = _TOGETHER.kept.get(folded)
            return not (_TOGETHER.holding(folded) if found is None else found) & self._bit
        if folded is self._without:
            return True
        if folded is not self._asked:
            self._asked = folded
            if next(self._automaton.iter(folded), None) is None:
                self._without = folded
                return True
        return False


class Cues:
    """Words of which every match of some regex contains one: a test, much cheaper than the
    regex, that says when running it cannot find anything.

    Python's ``re`` tries each alternative of a vocabulary at each position, several
    microseconds for a short window; one Aho-Corasick pass over the folded window takes a tenth
    of that. The test runs on folded text (:func:`mapper.names.fold`), so a word matched in any
    case or with any accent is seen.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words:
            folded = fold(word)
            self._automaton.add_word(folded, folded)
        self._automaton.make_automaton()
        self._absent = _Absence(self._automaton)

    def found(self, folded: str, start: int = 0, end: int | None = None) -> bool:
        """True when one of the words occurs in ``folded[start:end]``."""
        start = max(0, start)
        end = len(folded) if end is None else end
        if start >= end or self._absent.holds_none(folded):
            return False
        # pyahocorasick copies the whole string it is given, whatever the bounds: slice first,
        # so that a window of a long report costs what the window is long.
        window = folded[start:end] if start or end < len(folded) else folded
        return next(self._automaton.iter(window), None) is not None


class Cued:
    """A regex with the cue words every match of it contains: it runs only where one occurs,
    and finds what it would find run everywhere."""

    def __init__(self, regex: re.Pattern[str], cues: Iterable[str]) -> None:
        self.regex = regex
        self.cues = Cues(cues)

    def search(
        self, text: str, folded: str, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """``regex.search(text[start:end])``; ``folded`` is ``fold(text)``."""
        start = max(0, start)
        end = len(text) if end is None else end
        if not self.cues.found(folded, start, end):
            return None
        return self.regex.search(text[start:end] if start or end < len(text) else text)

    def match(self, text: str, folded: str, start: int, end: int) -> re.Match[str] | None:
        """``regex.match(text, start, end)``."""
        return self.regex.match(text, start, end) if self.cues.found(folded, start, end) else None

    def finditer(self, text: str, folded: str) -> Iterable[re.Match[str]]:
        """``regex.finditer(text)``."""
        return self.regex.finditer(text) if self.cues.found(folded) else ()


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current += pattern[i:i + 2]
            i += 2
            continue
        if c == "[":
            j = pattern.index("]", i + 2)
            current += pattern[i:j + 1]
            i = j + 1
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
        i += 1
    parts.append(current)
    return parts


def cue_words(fragments: Iterable[str]) -> list[str]:
    """For each regex fragment, a literal that every match of it contains: the longest run of
    plain letters outside groups and classes, else its literal prefix; where that run is short
    ("by", "of"), the words of one of its required groups if each is longer ("(?:reported|
    stated)\\s+by": reported, stated), since a short word is in nearly every window. A regex
    built around a vocabulary runs, through :class:`Cued`, only where one of these occurs."""
    out = []
    for fragment in fragments:
        bare, previous = fragment, ""
        while bare != previous:
            bare, previous = _GROUPS.sub(" ", bare), bare
        runs = []
        for m in _LITERAL_RUN.finditer(bare):
            run = m.group(1)
            if m.group(2):  # the last letter is optional
                run = run[:-1]
            runs.append(run)
        best = max(runs, key=len, default="")
        if len(best) < SHORT_CUE:
            groups = [g for g in _required_groups(fragment) if min(map(len, g)) > len(best)]
            if groups:
                out += max(groups, key=lambda g: min(map(len, g)))
                continue
        out += [best.lower()] if len(best) >= 2 else _group_cues(fragment)
    return out


#: Cue words shorter than this are looked past for the words of a required group.
SHORT_CUE = 3


def _required_bodies(fragment: str) -> Iterable[str]:
    """The bodies of the top-level groups of a fragment that every match goes through (no
    quantifier that allows a group to be absent), in order."""
    depth, start = 0, -1
    for i, c in enumerate(fragment):
        if c == "(" and (i == 0 or fragment[i - 1] != "\\"):
            if depth == 0:
                start = i
            depth += 1
        elif c == ")" and (i == 0 or fragment[i - 1] != "\\"):
            depth -= 1
            if depth == 0 and fragment[i + 1 : i + 2] not in ("?", "*") \
                    and not fragment.startswith("{0", i + 1):
                yield fragment[start + 1 : i]


def _body_cues(body: str) -> list[str] | None:
    """The cue words of a group's alternatives; None for a lookaround, a group with flags or
    a name, or alternatives without a literal."""
    if body.startswith("?") and not body.startswith("?:"):
        return None
    try:
        return cue_words(split_alternatives(body.removeprefix("?:")))
    except ValueError:
        return None


def _required_groups(fragment: str) -> list[list[str]]:
    """The cue words of each group that every match of a fragment goes through (no
    lookaround, no quantifier that allows it to be absent), one list a group."""
    return [cues for body in _required_bodies(fragment) if (cues := _body_cues(body))]


def _group_cues(fragment: str) -> list[str]:
    """Cues of a fragment without a literal of its own: those of the alternatives of one of its
    required groups ("(?:с|со)\\s+(?:позиций|стороны)": позиций, стороны), else its prefixes."""
    for body in _required_bodies(fragment):
        if (cues := _body_cues(body)) is not None:
            return cues
    return _prefixes(fragment)


# A group with its quantifier (innermost first, applied until none is left), and a run of
# letters with what follows it.
_GROUPS = re.compile(r"\((?:[^()\\]|\\.)*\)[?*+]?(?:\{[^}]*\})?|\[[^\]]*\][?*+]?|\\.[?*+]?")
_LITERAL_RUN = re.compile(r"([^\\()\[\]?*+|.{}\s^$]+)([?*]|\{0)?")


def _prefixes(alternative: str, shortest: int = 2) -> list[str]:
    """The literal text each match of ``alternative`` starts with, ``shortest`` characters
    or more."""
    if alternative.startswith("(?:"):
        depth, close = 0, 0
        for close, c in enumerate(alternative):  # noqa: B007 - the loop finds `close`
            depth += (c == "(") - (c == ")")
            if depth == 0:
                break
        found = [p for inner in split_alternatives(alternative[3:close])
                 for p in _prefixes(inner, shortest)]
        if alternative[close + 1 : close + 2] in ("?", "*"):  # "(?:на)?писал": or without it
            found += _prefixes(alternative[close + 2 :], shortest)
        return found
    literal = re.match(r"[^\\()\[?*+|.{]*", alternative).group(0)
    rest = alternative[len(literal):]
    if rest[:1] in ("?", "*") or rest.startswith("{0"):
        literal = literal[:-1]  # the last letter is optional
    if len(literal.strip()) < shortest:
        raise ValueError(f"alternative {alternative!r} has no literal prefix to scan for")
    return [literal.lower()]


#: Longest claimant alias in capitals that is read as an acronym.
MAX_ACRONYM = 5


class Scanner:
    """Finds gazetteer names and claimant aliases in text."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        entries: dict[str, dict[str, set[str]]] = {}

        def add(pattern: str, kind: str, ident: str) -> None:
            pattern = " ".join(pattern.split())
            if len(pattern) >= 2:
                entries.setdefault(pattern, {}).setdefault(kind, set()).add(ident)

        # A name that the gazetteer writes with a small letter before a proper one ("corridor de
        # Latchin") is found so written; others only capitalised (not "new village").
        self._small: set[str] = set()
        self._stems: set[str] = set()  # found only with a case ending after them
        for name in gazetteer.names:
            folded = fold(name.name)
            add(folded, "place", name.place_id)
            if name.name[:1].islower() and any(w[:1].isupper() for w in name.name.split()):
                self._small.add(folded)
            for form in _declined(folded):
                add(form, "place", name.place_id)
                # its noun declined too: "Лачинская дорога", "на Лачинской дороге"
                if stem := _stem(form):
                    add(stem, "place", name.place_id)
                    self._stems.add(stem)
            if " " in folded.strip():
                add(folded.replace(" ", ""), "place", name.place_id)  # run-together spellings
        # An acronym ("UN", "ONU", "ООН") names a claimant only written in capitals ("un" is an
        # article in French), and a one-word name ("Report", "Trend") only capitalised ("in a
        # report on Monday").
        self._acronyms: set[str] = set()
        proper: set[str] = set()
        lower: set[str] = set()
        for cid, alias, _lang in gazetteer.aliases:
            folded = fold(alias)
            add(folded, "claimant", cid)
            for form in (*_declined(folded), *_declined(folded, _RU_NOUN)):
                add(form, "claimant", cid)
            stem = _stem(folded)
            if stem:
                add(stem, "claimant", cid)
                self._stems.add(stem)
            if alias.isupper() and len(alias) <= MAX_ACRONYM:
                self._acronyms.add(folded)
            elif " " not in alias and alias[:1].isupper():
                proper.add(folded)
            else:
                lower.add(folded)
        self._proper = proper - lower - self._acronyms
        for cid, claimant in gazetteer.claimants.items():
            add(fold(claimant.name), "claimant", cid)
        self.common_words = gazetteer.common_words
        self._automaton = ahocorasick.Automaton()
        for pattern, kinds in entries.items():
            value = tuple((kind, tuple(sorted(ids))) for kind, ids in sorted(kinds.items()))
            # An ordinary word or a very short name is weak: it needs a place cue.
            weak = pattern in self.common_words or len(pattern.replace(" ", "")) <= 3
            self._automaton.add_word(pattern, (pattern, len(pattern), value, weak))
        self._automaton.make_automaton()

    def scan(self, text: str, folded: str | None = None) -> list[Hit]:
        """All hits, longest leftmost first among overlaps, sorted by position.

        ``folded`` is ``fold(text)`` when the caller has it already."""
        folded = fold(text) if folded is None else folded
        found: list[Hit] = []
        n = len(folded)
        for end_index, (pattern, size, value, weak) in self._automaton.iter(folded):
            start = end_index - size + 1
            if start > 0 and folded[start - 1].isalnum():
                continue  # inside a word: most hits of short names
            end = end_index + 1
            if end < n and folded[end].isalnum():
                end = _tail(folded, end)
                if end < 0:
                    continue
            elif pattern in self._stems:
                continue
            # Place names are capitalised in cased scripts; Armenian has no case.
            lower = text[start].islower()
            for kind, ids in value:
                if kind == "place":
                    if not lower or pattern in self._small:
                        found.append(Hit(start, end, kind, ids, pattern, weak))
                elif (text[start:end].isupper() if pattern in self._acronyms
                      else not lower or pattern not in self._proper):
                    found.append(Hit(start, end, kind, ids, pattern, False))
        found.sort(key=lambda h: (h.start, -(h.end - h.start), h.kind))
        chosen: list[Hit] = []
        last_end = -1
        for hit in found:
            if hit.start >= last_end:
                chosen.append(hit)
                last_end = hit.end
            elif chosen and hit.start == chosen[-1].start and hit.end == chosen[-1].end:
                chosen.append(hit)  # the same words name a place and a claimant ("Baku")
        return chosen


def _tail(folded: str, end: int) -> int:
    """The end of a name followed by a case ending, or -1 when a longer word follows."""
    last = folded[end - 1]
    tails = _RU_TAIL if _cyrillic(last) else _HY_TAIL if "\u0530" <= last <= "\u058f" \
        else ()
    for tail in tails:
        stop = end + len(tail)
        if folded.startswith(tail, end) and (stop >= len(folded) or not folded[stop].isalnum()):
            return stop
    return -1

