"""Sentences and paragraphs of a report, with offsets into its text, skipping page furniture."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from mapper import lang
from mapper.reports import caption

#: Longest stretch read as one sentence; text without full stops is cut into pieces this long,
#: which keeps the work per sentence bounded.
MAX_SENTENCE = 2000

# (or before a list item's hyphen on the next line: "... sovereignty.\n- On May 5, ...")
_SENTENCE_END = re.compile(
    r"[.!?…]+[\"'”’»)]*(?=\s+[\"'“«(]*[A-ZÀ-ÞА-ЯЁԱ-Ֆ0-9]|[ \t]*\n[ \t]*-[ \t])")
_ABBREVIATIONS = frozenset(lang.words("ABBREVIATIONS"))
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n[ \t]*(?=[●•▪■◦‣][ \t])")  # or a bullet's line
_BULLET = re.compile(r"[ \t]*[●•▪■◦‣][ \t]")
# A long line that ends a sentence, the text going on in the next line: a paragraph's end in a
# page saved with one line a paragraph, as pages and their excerpts are.
_LINE_END = re.compile(r"(?<=[.!?…\"'”»)])[ \t]*\n(?=[ \t]*\S)")
#: Characters of a line at least for its end to end a paragraph: hard-wrapped lines are shorter.
PARAGRAPH_LINE = 100


@dataclass
class Sentence:
    start: int
    end: int
    para: int
    text: str
    folded: str  # fold(text), for the cue tests
    verbs: list[tuple[int, int]] = field(default_factory=list)  # speech verbs, in the sentence


def split(text: str, folded: str, ignored: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Sentences with offsets into ``text`` (``folded`` is ``fold(text)``), skipping ignored
    spans; para numbers paragraphs."""
    blocked = sorted(ignored)
    out: list[Sentence] = []
    para = 0
    pos = 0
    breaks = [pm for pm in _PARAGRAPH.finditer(text) if not _wrapped(text, pm.start(), pm.end())]
    breaks = _digest_items(text, breaks)
    for pm in [*breaks, None]:
        p_end = pm.start() if pm else len(text)
        chunk_start = pos
        pos = pm.end() if pm else len(text)
        if p_end <= chunk_start:
            continue
        para += 1
        s = chunk_start
        boundaries = [
            m.end()
            for m in _SENTENCE_END.finditer(text, chunk_start, p_end)
            if not _abbreviation(text, chunk_start, m.start())
        ]
        for b in [*boundaries, p_end]:
            for st, en in _outside(text, s, b, blocked):
                if en - st < 3:
                    continue
                while en - st > MAX_SENTENCE:  # text without full stops: cut at a space
                    cut = text.rfind(" ", st + MAX_SENTENCE // 2, st + MAX_SENTENCE)
                    cut = cut if cut > st else st + MAX_SENTENCE
                    out.append(Sentence(st, cut, para, text[st:cut], folded[st:cut]))
                    st = cut + 1
                out.append(Sentence(st, en, para, text[st:en], folded[st:en]))
            s = b
    return out


def _outside(text: str, start: int, end: int, blocked: list[tuple[int, int]]
             ) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` outside the furniture spans ``blocked`` (sorted),
    without the spaces at their ends: a sentence that starts in furniture starts after it, and
    one that runs into a photo's caption on the line under it ends before it."""
    seg = text[start:end]
    start += len(seg) - len(seg.lstrip())
    out = []
    for bs, be in blocked:
        if be <= start or bs >= end:
            continue
        if bs > start:
            if not caption(text, bs, be):
                continue  # (other furniture inside a sentence is read with it)
            out.append((start, bs))
        start = max(start, be)
    out.append((start, max(start, end)))
    stripped = []
    for a, b in out:
        seg = text[a:b]
        stripped.append((a + len(seg) - len(seg.lstrip()), a + len(seg.rstrip())))
    return stripped


def line_paragraphs(text: str) -> list[int]:
    """Where the paragraphs of a text written one line a paragraph end (offsets of the line
    breaks); a blank line ends a paragraph anyway."""
    return [m.start() for m in _LINE_END.finditer(text)
            if m.start() - text.rfind("\n", 0, m.start()) > PARAGRAPH_LINE]


def _digest_items(text: str, breaks: list[re.Match[str]]) -> list[re.Match[str]]:
    """The breaks without those before the bullets of a list that a line ending in a colon
    opens ("The ministry said on Monday:" and its items): such items are what that speaker
    said, on that day, and stay in its paragraph; a digest's items are paragraphs."""
    out = []
    introduced = False
    for pm in breaks:
        if "\n" in pm.group().lstrip(" \t")[1:] or not _BULLET.match(text, pm.end()):
            out.append(pm)  # a blank line
            introduced = False
            continue
        line = text[text.rfind("\n", 0, pm.start()) + 1 : pm.start()]
        if not _BULLET.match(line):  # the list's first item: what stands before it
            introduced = line.rstrip().endswith(":")
        if not introduced:
            out.append(pm)
    return out


def _wrapped(text: str, start: int, end: int) -> bool:
    """True when the blank line at [start, end) cuts a sentence in two (text hard-wrapped with
    blank lines): no stop before it, a lower-case word after it."""
    return (
        start > 0
        and end < len(text)
        and text[end].islower()
        and text[start - 1] not in ".!?…:;\"'”»)]"
    )


def _abbreviation(text: str, start: int, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial ("Gen.", "J.")."""
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(start, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).casefold().strip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def starts_quote(text: str) -> bool:
    """True when a sentence starts with a quotation mark."""
    return text.lstrip()[:1] in '“"«'


def opens_quote(text: str) -> bool:
    return starts_quote(text) and not closes_quote(text.lstrip()[1:])


def closes_quote(text: str) -> bool:
    return any(q in text for q in '”"»')
