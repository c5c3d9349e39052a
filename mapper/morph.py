"""Normal forms of Russian words, for place names declined in running text ("Шуши", "Агстафе").

pymorphy3 with its Russian dictionaries knows many toponyms and, for words it does not know,
guesses the normal form from the ending; that does better than cutting endings by hand, which
cannot tell "Шуши" (of Шуша) from a name ending in -и. Loaded on first use (about 0.15 s).
"""

from __future__ import annotations

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
