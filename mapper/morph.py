"""Normal forms of Russian words, for place names declined in running text ("Шуши", "Агстафе").

pymorphy3 with its Russian dictionaries knows many toponyms and, for words it does not know,
guesses the normal form from the ending; that does better than cutting endings by hand, which
cannot tell "Шуши" (of Шуша) from a name ending in -и. Loaded on first use (about 0.15 s).

A place's adjective ("в Шушинском районе", "на Физулинском направлении") is built on its name
with -ск- after a consonant (Агдам: Агдамский) and -инск- after a vowel (Шуша: Шушинский,
Физули: Физулинский, Ходжалы: Ходжалинский); :func:`adjective_bases` undoes that.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

#: Normal forms pymorphy3 gives less weight than this are not tried.
MIN_SCORE = 0.05


@cache
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


@lru_cache(maxsize=16384)
def normal_forms(word: str) -> tuple[str, ...]:
    """The normal forms of a Cyrillic word, likeliest first, capitalised as the word is; ()
    for any other word."""
    if not cyrillic(word):
        return ()
    out: dict[str, None] = {}
    for parse in _analyzer().parse(word):
        if parse.score >= MIN_SCORE:
            form = parse.normal_form
            out[form[:1].upper() + form[1:] if word[:1].isupper() else form] = None
    out.pop(word, None)
    return tuple(out)


_ADJECTIVE = re.compile(r"^(\w{3,}?)(ин|ь)?ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ая)$")
#: The last letters a name may have lost before -инск-.
_LOST_VOWELS = ("а", "и", "ы", "у", "")


@lru_cache(maxsize=16384)
def adjective_bases(word: str) -> tuple[str, ...]:
    """The names a Russian place adjective may be built on, likeliest first; () for a word that
    is no such adjective. "Шушинском": Шушин, Шуша, Шуши, Шушы, Шушу, Шуш."""
    m = _ADJECTIVE.match(word)
    if m is None:
        return ()
    stem, link = m.groups()
    if link == "ин":
        return (stem + "ин", *(stem + v for v in _LOST_VOWELS))
    if link == "ь":
        return (stem + "ь", stem)
    return (stem,)
