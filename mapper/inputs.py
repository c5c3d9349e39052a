"""Finding and reading input files: reads bounded in size, folder walks that name what they skip.

A report or records file is read whole, so what one read takes is bounded (:data:`MAX_BYTES`):
``/dev/zero`` or an endless standard input ends in a one-line error, not in memory exhaustion.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

MAX_BYTES = 64 * 1024 * 1024  # one input file; a report of that size is a book, not an article


class TooLarge(OSError):
    """An input holds more than the bytes one read may take."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than the {limit // (1024 * 1024)} MB limit for one input")
        self.strerror = str(self)


def read_bounded(path: str | os.PathLike[str] | None, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path`` (None: standard input); :class:`TooLarge` beyond ``limit``.

    Raises OSError as ``open`` does (missing file, folder, permission denied).
    """
    if path is None:
        return _read(sys.stdin.buffer, limit)
    with open(path, "rb") as f:
        return _read(f, limit)


def _read(stream: BinaryIO, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data


def utf8_instead(data: bytes, encoding: str | None) -> bool:
    """True when ``data`` is to be read as UTF-8 although another ``encoding`` was asked for:
    it is valid UTF-8 with letters beyond ASCII, which a text in a legacy 8-bit encoding almost
    never is. One ``--encoding cp1251`` for a folder of old and new files garbles none."""
    try:
        if not encoding or codecs.lookup(encoding).name == "utf-8" or data.isascii():
            return False
        data.decode("utf-8-sig")
    except (LookupError, UnicodeDecodeError):
        return False
    return True


#: The 8-bit encodings older files of the region come in, preferred in this order: Windows
#: Cyrillic, KOI8-R (older Russian mail and Unix), DOS Cyrillic, Windows Western (French).
LEGACY_ENCODINGS = ("cp1251", "koi8-r", "cp866", "cp1252")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_ACCENTED = re.compile("[\u00c0-\u024f]")
#: How much better than every other reading one must look to be named, and how much better than
#: the reading asked for to say that one garbles the text.
_CLEARLY, _GARBLED = 0.15, 0.25


def readability(text: str) -> float:
    """The share of a text's visible characters that are letters of plausible words: one script
    a word, and lower case, upper case or capitalised. A text read in the wrong 8-bit encoding
    mixes scripts and cases inside words, is mostly capitals, or mostly accented Latin letters
    (Cyrillic read as Windows Western)."""
    sample = text[:20000]
    good = 0
    for word in _WORD.findall(sample):
        cyrillic, latin = _CYRILLIC.search(word), _LATIN.search(word)
        if bool(cyrillic) != bool(latin) and (
                word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
            good += len(word)
    visible = len(sample) - sum(c.isspace() for c in sample)
    score = good / visible if visible else 0.0
    latins = len(_LATIN.findall(sample))
    if latins and len(_ACCENTED.findall(sample)) > 0.3 * latins:
        score /= 2
    letters = sum(c.isalpha() for c in sample)
    if letters and sum(c.isupper() for c in sample) > 0.5 * letters:
        score /= 2  # mostly capitals: KOI8-R read as cp1251 swaps the cases of every letter
    return score


def _readings(data: bytes) -> dict[str, float]:
    """:func:`readability` of ``data`` read in each legacy encoding it decodes in."""
    sample, out = data[:65536], {}
    for encoding in LEGACY_ENCODINGS:
        try:
            out[encoding] = readability(sample.decode(encoding))
        except UnicodeDecodeError:
            continue
    return out


def likely_encoding(data: bytes) -> str | None:
    """The legacy encoding (:data:`LEGACY_ENCODINGS`) in which ``data`` reads as text clearly
    better than in any other, else None (English text reads alike in all of them)."""
    ranked = sorted(_readings(data).items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 0.5:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < _CLEARLY:
        return None
    return ranked[0][0]


def garbled(data: bytes, encoding: str) -> str | None:
    """The legacy encoding ``data`` reads in, when reading it in ``encoding`` (one of them)
    garbles it ("Ìèíèñòåðñòâî" for cp1251 read as cp1252); None otherwise."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    readings = _readings(data)
    given = next((v for k, v in readings.items() if codecs.lookup(k).name == name), None)
    other = likely_encoding(data)
    if given is None or other is None or codecs.lookup(other).name == name:
        return None
    return other if readings[other] - given >= _GARBLED else None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text saved as UTF-16 without its byte-order mark (as
    some Windows tools and exports write it), told by where its NUL bytes fall: every one at
    the same parity (the high byte of spaces, digits and Latin letters), none at the other;
    None otherwise (a binary file has them everywhere)."""
    head = data[:4096]
    head = head[: len(head) - len(head) % 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # (ASCII in UTF-16 is half NUL bytes, Cyrillic a tenth; a stray NUL in UTF-8 is one)
    if len(head) < 4 or (even and odd) or max(even, odd) < max(2, len(head) // 20):
        return None
    encoding = "utf-16-le" if odd else "utf-16-be"
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def folder_error(path: str | os.PathLike[str]) -> str:
    """Why a folder given where a file is read cannot be read: it cannot be listed, or it is a
    folder."""
    try:
        os.scandir(path).close()
    except OSError as exc:
        return f"cannot read folder ({exc.strerror or exc})"
    return "is a folder, not a file"


#: The lock file of a ``mapper run``'s output folder: it keeps two runs from writing one folder
#: at once, and stays as the folder's mark (its files are replaced without --force, and it is
#: no input of a folder that holds it).
RUN_LOCK = ".mapper-run.lock"
#: The files a ``mapper run`` writes into its folder: a folder holding them all is a run's own
#: even when its lock file was lost (a copy that left hidden files out, a "stale lock" deleted).
RUN_OUTPUTS = ("map.html", "claims.geojson", "claims.gpkg", "claims.csv", "unresolved.csv")


#: A run's files that its claims.geojson already holds, or that are no claims.
_SAME_CLAIMS = frozenset(RUN_OUTPUTS) - {"claims.geojson"}


def walk(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """The files under ``folder``, sorted, and each subfolder that cannot be listed (its
    path, for the caller to read and report as unreadable), where ``Path.rglob`` skips it.

    The folder a browser saves beside a page ("Web Page, complete": ``page.html`` and
    ``page_files/``) holds the page's scripts, images and its ads' and widgets' own HTML, not
    reports: it is left out; so are hidden files and folders and the ``__MACOSX`` folder of a
    ZIP made on a Mac (``._report.txt``: binary resource forks named like the files); and so
    is a subfolder an earlier ``mapper run`` wrote into (marked by its :data:`RUN_LOCK`, or
    holding all of :data:`RUN_OUTPUTS`): its map and exports are this folder's claims again
    (``mapper run DIR -o DIR/out``, twice). Such a folder given itself is read as its claims:
    its ``claims.geojson``, not its map, its other exports of the same claims nor the rows to
    review in ``unresolved.csv`` (each claim read twice, review rows as claims)."""
    return _walk(folder, set())


def _walk(folder: str | os.PathLike[str], seen: set[str]) -> Iterator[Path]:
    """:func:`walk`, ``seen`` the real paths of the folders walked: a linked folder (the team's
    shared reports, ``ln -s``) is followed, each folder once, as a link back up would loop and
    a second link to one folder would read its reports twice."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    own = _SAME_CLAIMS if _run_folder(Path(folder)) else ()
    entries: list[Path] = []
    try:
        with os.scandir(folder) as it:
            entries = sorted(Path(e.path) for e in it)
    except OSError:
        yield Path(folder)
        return
    pages = {e.stem for e in entries if e.suffix.lower() in (".html", ".htm")}
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "__MACOSX" or (
                entry.name.endswith("_files") and entry.name[: -len("_files")] in pages):
            continue
        if entry.is_dir():
            if not _run_folder(entry):
                yield from _walk(entry, seen)
        elif entry.is_file() and entry.name not in own:
            yield entry


def _run_folder(folder: Path) -> bool:
    """Whether an earlier ``mapper run`` wrote into ``folder`` (see :func:`walk`)."""
    return (folder / RUN_LOCK).exists() or all((folder / n).is_file() for n in RUN_OUTPUTS)
