"""The words extraction reads, one module of data per language (``en``, ``fr``, ``ru``).

Every language module defines the same names (see :mod:`mapper.lang.en`); the extraction code
knows no language and reads the union of all of them, since reports mix languages and often do
not say theirs. Adding a language is adding a module here and its name to ``LANGUAGES``.
"""

from __future__ import annotations

import importlib
from functools import cache

LANGUAGES = ("en", "fr", "ru")


@cache
def words(name: str) -> tuple[str, ...]:
    """The fragments of one vocabulary in every language, without repeats, in language order."""
    out: dict[str, None] = {}
    for lang in LANGUAGES:
        out.update(dict.fromkeys(getattr(importlib.import_module(f"mapper.lang.{lang}"), name)))
    return tuple(out)


def alternation(name: str) -> str:
    """A vocabulary as one regular-expression alternation (without a group)."""
    return "|".join(words(name))


@cache
def _names() -> dict[str, str]:
    return {n: lang for lang in LANGUAGES
            for n in importlib.import_module(f"mapper.lang.{lang}").LANGUAGE_NAMES}


def language_code(value: str) -> str:
    """A language as front matter or a page may name it, as its code when extraction reads it
    ("English", "français", "Русский": "en", "fr", "ru"); anything else as written."""
    return _names().get(value.strip().casefold(), value)


@cache
def triggers() -> dict[str, tuple[str, ...]]:
    """Trigger fragments by event type, every language."""
    out: dict[str, dict[str, None]] = {}
    for lang in LANGUAGES:
        for kind, frags in importlib.import_module(f"mapper.lang.{lang}").TRIGGERS.items():
            out.setdefault(kind, {}).update(dict.fromkeys(frags))
    return {kind: tuple(frags) for kind, frags in out.items()}


@cache
def numbers() -> dict[str, int]:
    """Number words of every language."""
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        out.update(importlib.import_module(f"mapper.lang.{lang}").NUMBERS)
    return out
