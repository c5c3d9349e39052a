"""Claimants named in running text in forms the alias table does not hold letter for letter:
"Министерства обороны Армении", "the Defense Ministry of Azerbaijan", "Artsakh's Defense Army".

The scan finds aliases as written; these names are found around institution words (the
claimant vocabulary of :mod:`mapper.claimants`: ministry, defence, Минобороны, ministère, ...)
and resolved by the claimant index's key and fuzzy matching, within one country only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mapper.claimants import GENERIC, VOCABULARY, ClaimantIndex
from mapper.names import words
from mapper.scan import Hit

#: Words a claimant's name spans at most, and words read on each side of an institution word.
MAX_WORDS, AROUND = 6, 3
#: Methods trusted for a name found in running text.
TRUSTED = ("exact", "key", "fuzzy")
_WORD = re.compile(r"[\w'’-]+")
# Institution words (ministry, defence, Минобороны ...): where a claimant's name may stand.
_INSTITUTION_WORDS = frozenset(
    w for token, phrases in VOCABULARY.items() if token in GENERIC and token not in ("GOV", "SRC")
    for phrase in phrases for w in words(phrase) if len(w) >= 4
)


class SpeakerFinder:
    """Finds claimant names around institution words."""

    def __init__(self, index: ClaimantIndex) -> None:
        self.index = index
        self._match = lru_cache(maxsize=16384)(self._match_uncached)

    def hits(self, text: str, start: int, end: int, known: list[Hit]) -> list[Hit]:
        """The hits of text[start:end] with the claimants the scan did not find added; a name
        found so replaces the scan's shorter hits inside it ("the Defense Ministry of
        Azerbaijan" over "Azerbaijan")."""
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
        out = list(known)
        for i, (_, _, word) in enumerate(tokens):
            if not set(words(word)) & _INSTITUTION_WORDS or any(
                    h.kind == "claimant" and h.start <= tokens[i][0] < h.end for h in out):
                continue
            found = self._around(text, tokens, i)
            if found is None:
                continue
            a, b, cid = found
            inside = [h for h in out if a <= h.start and h.end <= b]  # names within the name
            if any(h.kind == "claimant" and h.start < b and a < h.end and h not in inside
                   for h in out):
                continue  # it would cut another claimant's name
            out = [h for h in out if h not in inside]
            out.append(Hit(a, b, "claimant", (cid,), text[a:b].casefold(), False))
        return sorted(out, key=lambda h: h.start)

    def _around(self, text: str, tokens, i: int) -> tuple[int, int, str] | None:
        lo, hi = max(0, i - AROUND), min(len(tokens), i + AROUND + 1)
        spans = [(a, b) for a in range(lo, i + 1) for b in range(i + 1, hi + 1)
                 if 2 <= b - a <= MAX_WORDS]
        for a, b in sorted(spans, key=lambda s: s[0] - s[1]):  # longest first
            cid = self._match(text[tokens[a][0] : tokens[b - 1][1]])
            if cid is not None:
                return tokens[a][0], tokens[b - 1][1], cid
        return None

    def _match_uncached(self, phrase: str) -> str | None:
        m = self.index.match(phrase)
        return m.claimant if m.known and m.method in TRUSTED else None
