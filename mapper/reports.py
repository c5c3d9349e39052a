"""Report files -> :class:`Report`: decoded text, metadata, and the spans that are not report text.

Report files are plain text, Markdown or saved HTML pages. Metadata comes from a front-matter block
at the top (``published:``, ``outlet:``, ``url:``, ``lang:``), which wins over the defaults the
caller passes (the CLI flags). Page furniture (share buttons, "Support X", comment forms, image
captions) is not deleted but marked as ignored spans, so character offsets stay offsets into the
text as read. For HTML the text is the page's main text, extracted first.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path, PurePath

from mapper.dates import date_ambiguity, find_dates, parse_date_field
from mapper.errors import DataError, ReportError
from mapper.inputs import (
    MAX_BYTES,
    folder_error,
    garbled,
    likely_encoding,
    read_bounded,
    utf8_instead,
    utf16_without_bom,
    walk,
)
from mapper.lang import LANGUAGES, alternation, language_code
from mapper.names import clean

REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")
#: Publication dates outside these years are typing errors (and would put relative dates
#: beyond what a date can hold).
PUBLISHED_YEARS = (1800, 2200)


@dataclass
class Report:
    """One document to extract claims from."""

    path: str
    text: str
    published: date | None = None
    outlet: str = ""
    url: str = ""
    lang: str = ""
    ignored: list[tuple[int, int]] = field(default_factory=list)  # furniture spans
    headline: str = ""  # the first line, when it is a title rather than a sentence
    headline_start: int = 0  # its offset in text
    notices: list[str] = field(default_factory=list)


# -- decoding -----------------------------------------------------------------------------------


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Bytes to text: the given encoding, else UTF-8 (with or without BOM) or a UTF-16 BOM.

    Bytes that are UTF-8 are read as UTF-8 whatever ``encoding`` says (see
    :func:`mapper.inputs.utf8_instead`); invisible and control characters are removed
    (:func:`mapper.names.clean`)."""
    return clean(_decode(data, where, encoding))


def _decode(data: bytes, where: str, encoding: str | None = None) -> str:
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if wide := utf16_without_bom(data):  # UTF-16 whose byte-order mark was left out
            return data.decode(wide)
        raise ReportError("binary file (NUL bytes), not a report", where=where)
    try:
        if encoding and not utf8_instead(data, encoding):
            return data.decode(encoding)
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            if not (encoding := _declared_charset(data, where)):
                raise
            return data.decode(encoding)  # UTF-8 first, as for --encoding
    except UnicodeDecodeError as exc:
        likely = likely_encoding(data)
        hint = (f"--encoding {likely} (its text reads as such)" if likely else
                "--encoding (e.g. cp1251 for older Russian files)")
        raise ReportError(f"not valid {encoding or 'UTF-8'} at byte {exc.start}; pass {hint}",
                          where=where) from None
    except LookupError:
        raise ReportError(f"unknown encoding {encoding!r}", where=where) from None


_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|"""
                           rb"""<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
#: What browsers read these labels as (the WHATWG Encoding standard): Latin-1 pages are cp1252.
_CHARSET_AS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
               "us-ascii": "cp1252", "ascii": "cp1252"}


def _declared_charset(data: bytes, where: str) -> str | None:
    """The encoding a saved page declares in a ``<meta charset>`` or ``http-equiv`` tag near its
    top (as browsers look for it: ``windows-1251`` in an older Russian page), else None."""
    head = data[:4096]
    if not (where.lower().endswith((".html", ".htm")) or b"<html" in head.lower()):
        return None
    m = _META_CHARSET.search(head)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(_CHARSET_AS.get(label, label)).name
    except LookupError:
        return None  # an unknown label: ask for --encoding
    return None if name.startswith(("utf-16", "utf-32")) else name


#: Scripts of the region that no language of :data:`mapper.lang.LANGUAGES` is written in.
_OTHER_SCRIPTS = (("Armenian", re.compile("[\u0531-\u058f]")),
                  ("Georgian", re.compile("[\u10a0-\u10ff]")),
                  ("Arabic", re.compile("[\u0600-\u06ff]")))
_ANY_OTHER_SCRIPT = re.compile("[\u0531-\u058f\u10a0-\u10ff\u0600-\u06ff]")
#: Latin-script languages of the region that extraction does not read, told by a letter none of
#: English, French and Russian writes and that their words hold often (ə is in some half of an
#: Azerbaijani text's words, ı in a third of a Turkish one's); a report in English that spells
#: its places the Azerbaijani way ("Kəlbəcər", "Şuşa") has it in its names alone.
_LATIN_LANGUAGES = (("Azerbaijani", re.compile("[əƏ]")), ("Turkish", re.compile("[ıİ]")))
_SHARE = 0.2
_TEXT_WORD = re.compile(r"[^\W\d_]{2,}")


def _unread_language(lang: str, body: str) -> str:
    """Why extraction cannot read a report ("language 'az'", "Armenian script"), or ""."""
    code = lang.split("-")[0].strip().lower()
    if code and code not in LANGUAGES:
        return f"language {code!r}"
    sample = body[:5000]
    if "ə" in sample or "ı" in sample or "Ə" in sample or "İ" in sample:
        found = _TEXT_WORD.findall(sample)
        for language, pattern in _LATIN_LANGUAGES:
            if found and sum(1 for w in found if pattern.search(w)) > _SHARE * len(found):
                return f"{language} text"
    if not _ANY_OTHER_SCRIPT.search(sample):  # the common case, at C speed
        return ""
    letters = sum(c.isalpha() for c in sample)
    for script, pattern in _OTHER_SCRIPTS:
        if len(pattern.findall(sample)) > letters / 2:
            return f"{script} script"
    return ""


_CYRILLIC, _LATIN = re.compile("[\u0400-\u04ff]"), re.compile("[A-Za-z\u00c0-\u024f]")


def _other_script(lang: str, text: str) -> bool:
    """True when a page's ``<html lang>`` names a language of another script than its text's
    (``lang="en"`` on a page of Russian text, as site templates write it)."""
    code = lang.split("-")[0].lower()
    if code not in ("en", "fr", "ru"):
        return False
    sample = text[:5000]
    cyrillic, latin = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    return cyrillic > latin if code != "ru" else latin > cyrillic


# -- front matter -------------------------------------------------------------------------------

# YAML front matter between '---' lines, or TOML between '+++' lines (Hugo's notes and exports:
# 'date = 2022-09-14', 'outlet = "Example Wire"'), each field on its line
_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
_FIELD = {"---": re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$"),
          "+++": re.compile(r"^\s*([A-Za-z_]+)\s*=\s*(.*?)\s*$")}


# A word broken at a line's end with a hyphen, as text taken out of a PDF keeps it ("Jer-" /
# "muk"): a letter, the hyphen, the line break, a letter.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def rejoin_broken_words(text: str) -> str:
    """``text`` with each word a line break divides at a hyphen made whole again, as a PDF's
    hard-wrapped lines break them: "Jer-\\nmuk" is "Jermuk", "Azer-\\nbaijan" "Azerbaijan";
    before a capital the hyphen is the word's own and stays ("Nagorno-\\nKarabakh" is
    "Nagorno-Karabakh"). Text without such breaks (web pages, notes) is returned as it is."""
    if "-\n" not in text and "-\r" not in text and not re.search(r"-[ \t]+\r?\n", text):
        return text
    return _BROKEN_WORD.sub(lambda m: "" if text[m.end()].islower() else "-", text)


#: How wide a hard-wrapped text's lines are (e-mail, a PDF's text, a terminal: 60-80), and
#: the share of its lines filled nearly to that width: a page's text has a line a paragraph,
#: most of them longer, and a list or headlines few lines near one width.
WRAP_WIDTHS, FULL_LINES = (30, 100), 0.5


def unwrap(text: str) -> str:
    """``text`` with the line breaks a hard wrap put inside its paragraphs made spaces (the
    same length: offsets stay), when its lines are so wrapped: a line breaks there when the
    next line's first word would not have fitted on it. Other text is returned as it is."""
    lines = text.split("\n")
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(widths) < 4:
        return text
    width = widths[int(0.95 * (len(widths) - 1))]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or (
            sum(w >= 0.75 * width for w in widths) < FULL_LINES * len(widths)):
        return text
    out = []
    for line, nxt in zip(lines, [*lines[1:], ""], strict=True):
        first = nxt.split(maxsplit=1)[0] if nxt.strip() else ""
        wrapped = (first and line.strip() and nxt[:1] not in " \t"
                   and len(line.rstrip()) + 1 + len(first) > width)
        out.append(line + (" " if wrapped else "\n"))
    return "".join(out)[:-1]


#: The front-matter fields a report's reading uses ('date' is 'published'; 'title' is shown
#: by Markdown tools and needs nothing here).
FRONT_FIELDS = ("published", "date", "outlet", "url", "lang", "title")
#: Other names front matter gives those fields ("source:" for the outlet, "link:" for the url):
#: read as them, with a note.
FIELD_NAMES = {"source": "outlet", "publisher": "outlet", "site": "outlet", "link": "url",
               "source_url": "url", "language": "lang", "pubdate": "published",
               "published_at": "published", "publication_date": "published",
               "date_published": "published"}


def front_matter(text: str, where: str) -> tuple[dict[str, str], int]:
    """The front-matter fields and where the body starts (0 when there is none)."""
    m = _FRONT.match(text)
    if not m:
        return {}, 0
    fields: dict[str, str] = {}
    for line in m.group(2).splitlines():
        f = _FIELD[m.group(1)].match(line)
        if f:
            fields[f.group(1).lower()] = f.group(2).strip().strip("'\"")
    return fields, m.end()


# Front-matter fields at the top of a report that has no front matter: its '---' lines
# missing or mistyped ('--', no closing line). "Date:" is left out: a pasted e-mail opens so.
_LOOSE_FIELDS = re.compile(r"\A(?:-+[ \t]*\r?\n)?[ \t]*(?:published|outlet|url|lang)[ \t]*:",
                           re.I)
LOOSE_FRONT_MATTER = ("the lines at the top look like front matter ('published:', 'outlet:') "
                      "and are read as it: put a line '---' above and below them")
LOOSE_TEXT = ("the lines at the top look like front matter ('published:', 'outlet:') but are "
              "read as report text (a line of text among them): put a line '---' above and "
              "below them")


def loose_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields of front matter written without its '---' lines or with one of them missing
    or mistyped ('--'): the lines from the top that are all fields of :data:`FRONT_FIELDS`, up
    to a blank or dashed line; and where the body starts. ({}, 0) when a line among them is
    text."""
    fields: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        bare = line.strip()
        pos += len(line)
        if not bare or set(bare) == {"-"}:
            if fields:
                return fields, pos
            if bare:
                continue  # the opening line
            return {}, 0
        f = _FIELD["---"].match(bare)
        if f is None or f.group(1).lower() not in FRONT_FIELDS:
            return {}, 0
        fields[f.group(1).lower()] = f.group(2).strip().strip("'\"")
    return fields, pos


def parse_published(value: str, where: str) -> date:
    """A publication date, YYYY-MM-DD (a timestamp's day), between the years of
    :data:`PUBLISHED_YEARS`; ReportError otherwise."""
    shown = repr(value if len(value) <= 40 else value[:37] + "...")
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        day = _written_day(value)
    if day is None:
        raise ReportError(f"published {shown} is not a date (YYYY-MM-DD)", where=where)
    first, last = PUBLISHED_YEARS
    if not first <= day.year <= last:
        raise ReportError(f"published {shown} is not a year from {first} to {last}",
                          where=where)
    return day


#: A label before a page's date ("Published: 14.09.2022", "Опубликовано: ...", "Publié le ...").
_DATE_LABEL = re.compile(rf"\s*(?:{alternation('PUBLISHED_LABELS')})\s*:?\s*", re.I)
#: How many of the first lines of a report's body are looked at for its date.
DATELINE_LINES = 12


def dateline(text: str, body: int = 0) -> tuple[date, str, tuple[int, int]] | None:
    """(the day, the line, its span) of the first of a body's first :data:`DATELINE_LINES`
    lines that is a date and nothing more, with a time or a label at most ("14 September 2022,
    10:45", "Published: 14.09.2022"), as a page saved as text keeps its publication date; None
    when none is. Not a date that could be read two ways, nor one without its year."""
    pos, seen = body, 0
    for raw in text[body:].splitlines(keepends=True):
        line = raw.strip()
        if line and len(line) <= 60:
            label = _DATE_LABEL.match(line)
            day = _written_day(line[label.end():] if label else line)
            if day is not None and PUBLISHED_YEARS[0] <= day.year <= PUBLISHED_YEARS[1]:
                return day, line, (pos, pos + len(raw))
        seen += bool(line)
        if seen >= DATELINE_LINES:
            break
        pos += len(raw)
    return None


def _written_day(value: str) -> date | None:
    """The day of a date as pages' metadata also write it ('14.12.2020', 'December 14, 2020',
    'Mon, 14 Dec 2020 10:00:00 +0400'), read as a sheet's date is; None for another text, a
    month, or a day that could be read two ways ('03/04/2021')."""
    if len(value) > 100 or date_ambiguity(value):
        return None
    try:
        span = parse_date_field(value)
    except DataError:
        return None
    return span.start if span.precision == "day" else None


# -- HTML main text -----------------------------------------------------------------------------

_SKIP_TAGS = {
    "title",  # the page's title repeats its headline, with the site's name
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "svg",
    "button",
    "iframe",
    "template",
    "select",
    "figure",
}
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "main",
    "blockquote",
    "ul",
    "ol",
    "table",
    "caption",
    "dl",
    "dt",
    "dd",
    "address",
    "details",
    "summary",
    "hr",
    "figcaption",
    "pre",
}
_FURNITURE_ATTR = re.compile(
    r"share|social|comment|respond|reply|nav|menu|footer|sidebar|widget|related|subscribe|"
    r"newsletter|cookie|banner|advert|promo|breadcrumb|donat|support|sharedaddy|jp-relatedposts|"
    # other stories' headlines, which name places and dates of their own, and consent boxes
    r"recommend|popular|trending|most-?(?:read|viewed)|more-?(?:stories|news|articles)|"
    r"read-?(?:more|also)|also-?read|see-?also|latest-news|tags|post-tags|consent|gdpr",
    re.I,
)
# Page metadata that stands in for front matter: <meta> names, properties and itemprops as
# news sites and CMSs write them.
_META = {"article:published_time": "published", "datepublished": "published",
         "date": "published", "pubdate": "published", "publishdate": "published",
         "publish-date": "published", "publish_date": "published", "dc.date": "published",
         "dc.date.issued": "published", "dcterms.date": "published",
         "dcterms.issued": "published", "sailthru.date": "published",
         "parsely-pub-date": "published", "og:site_name": "outlet", "og:url": "url"}
# A <time datetime> is the page's date when it is marked so (pubdate, itemprop) or sits in a
# byline or post header (its own class or an enclosing element's), not in related stories; a
# <time> in a paragraph dates what the paragraph tells.
_DATELINE_ATTR = re.compile(r"byline|dateline|date|publish|posted|timestamp|author|meta", re.I)
_CHANGED_ATTR = re.compile(r"updat|modif|edited|revis", re.I)
# (a site's masthead shows today's date: "current-date", "today", "site-header")
_ELSEWHERE_ATTR = re.compile(
    r"related|comment|sidebar|widget|promo|footer|more|today|current|masthead|site-header|weather",
    re.I)
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "col", "embed"}


class _MainText(HTMLParser):
    """Collect the text of <article>/<main> (or <body>), skipping furniture elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: dict[str, list[str]] = {"article": [], "body": []}
        self.skip_depth = 0
        self.stack: list[tuple[str, bool, str]] = []  # tag, furniture, its class, id and role
        self.open_tags: Counter[str] = Counter()  # how many of each tag the stack holds
        self.in_article = 0
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] | None = None  # the text of a JSON-LD script being read

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            lang = dict(attrs).get("lang") or ""
            if lang:
                self.meta.setdefault("lang", lang.split("-")[0].lower())
        if tag == "meta":
            a = dict(attrs)
            key = _META.get((a.get("property") or a.get("name") or a.get("itemprop") or "").lower())
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
        link = dict(attrs) if tag == "link" else {}
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            self.meta.setdefault("url", link["href"].strip())
        if tag == "time":
            self._time(attrs)
        if tag == "script" and (dict(attrs).get("type") or "").lower() == "application/ld+json":
            self.json_ld = []
        if tag in _VOID:
            if tag in _BLOCK_TAGS:
                self._emit("\n")
            return
        attr_text = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        skip = tag in _SKIP_TAGS or bool(_FURNITURE_ATTR.search(attr_text))
        self.stack.append((tag, skip, attr_text))
        self.open_tags[tag] += 1
        if skip:
            self.skip_depth += 1
        if tag in ("article", "main"):
            self.in_article += 1
        if tag in _BLOCK_TAGS:
            self._emit("\n\n" if tag in ("p", "h1", "h2", "h3", "blockquote") else "\n")
        elif tag in ("td", "th"):
            self._emit(" ")  # cells of a row are apart: '12 December 2020 Troops shelled Shushi'

    def handle_endtag(self, tag):
        if tag == "script" and self.json_ld is not None:
            self._linked_data()
            self.json_ld = None
        # The nearest open element of the tag closes, and those opened inside it; a stray end
        # tag (none open) closes nothing: it had emptied the stack, and the menu or banner
        # around it became report text.
        if not self.open_tags[tag]:
            depth = len(self.stack)
        else:
            depth = next(i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i][0] == tag)
        while len(self.stack) > depth:
            open_tag, skip, _ = self.stack.pop()
            self.open_tags[open_tag] -= 1
            if skip:
                self.skip_depth -= 1
            if open_tag in ("article", "main"):
                self.in_article -= 1
        if tag in _BLOCK_TAGS:
            self._emit("\n\n" if tag in ("p", "h1", "h2", "h3", "blockquote") else "\n")

    def _time(self, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        when = (a.get("datetime") or "").strip()
        if not when or "published" in self.meta:  # the first date found stands
            return
        own = " ".join(a.get(k) or "" for k in ("class", "id", "itemprop"))
        around = " ".join(attr for _, _, attr in self.stack)
        tags = {t for t, _, _ in self.stack}
        marked = "pubdate" in a or "datepublished" in own.lower()
        if not marked and _CHANGED_ATTR.search(own):  # "Updated 15 Dec": not when published
            return
        # a <header> of the article, not the site's (whose date is today's)
        in_byline = bool(_DATELINE_ATTR.search(f"{own} {around}")) or (
            "header" in tags and self.in_article > 0)
        elsewhere = bool(_ELSEWHERE_ATTR.search(f"{own} {around}")
                         or tags & {"aside", "footer", "nav"})
        if marked or (in_byline and not elsewhere):
            self.meta.setdefault("published", when)

    def handle_data(self, data):
        if self.json_ld is not None:
            self.json_ld.append(data)
        if self.skip_depth == 0:
            self._emit(data)

    def _linked_data(self) -> None:
        """The date, outlet and address of a news article's JSON-LD (schema.org), which many
        sites give instead of <meta> tags."""
        try:
            data = json.loads("".join(self.json_ld or ()))
        except (ValueError, RecursionError):
            return
        for item in _ld_items(data):
            if isinstance(item.get("datePublished"), str):
                self.meta.setdefault("published", item["datePublished"])
                publisher = item.get("publisher")
                if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                    self.meta.setdefault("outlet", publisher["name"])
                if isinstance(item.get("url"), str):
                    self.meta.setdefault("url", item["url"])
                return

    def _emit(self, text: str) -> None:
        self.parts["body"].append(text)
        if self.in_article > 0:
            self.parts["article"].append(text)


def _ld_items(data: object) -> Iterator[dict]:
    """The objects of a JSON-LD document: itself, a list's items, an ``@graph``'s."""
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                yield from (g for g in item["@graph"] if isinstance(g, dict))


def html_main_text(html: str) -> tuple[str, dict[str, str]]:
    """The main text of a saved page, and the metadata its <meta> tags give."""
    parser = _MainText()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts["article"]) or "".join(parser.parts["body"])
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text + "\n", parser.meta


# -- furniture ----------------------------------------------------------------------------------

# Lines that are page furniture in news sites and blogs, not report text: by how they begin, or
# by words anywhere in them (looked for only when a cheap substring test says they may be there).
_FURNITURE_LINE = re.compile(
    r"""\s*(?:
        support\s+\S+.{0,20}$ | click\s+to\s+(?:see|enlarge|view|share|print|email) |
        share\s+(?:this|on)\b | like\s+this | related(?:\s+(?:posts|articles|news))?:?\s*$ |
        leave\s+a\s+(?:reply|comment) | fill\s+in\s+your\s+details |
        you\s+are\s+commenting\s+using | connecting\s+to\s+%s | %d\s+bloggers\s+like\s+this |
        (?:subscribe|sign\s+up|follow\s+us|donate|advertisement|read\s+more|read\s+also|
           see\s+also|tags?|categories|filed\s+under|comments?|photo|image|video|source)\b.{0,80}$ |
        (?:google|twitter|facebook|telegram|whatsapp|email|print|tweet|pinterest|reddit)
           (?:\s+(?:photo|picture))?\s*$ |
        sharing\s+real\s+news | поделиться | подписывайтесь | читайте\s+также |
        партнерские\s+новости | partager | lire\s+aussi | abonnez-vous | publicité\s*$
    )""",
    re.I | re.X,
)
_FURNITURE_WORDS = re.compile(
    r"\blog\s+out\s*/|\bpublished\s+by\b.{0,40}$|\bcookies?\b.*\b(?:accept|consent|policy)\b", re.I
)


# A photo's caption: a short line with a credit ("... Фото: ТАСС", "Photo de - / AFP via Getty
# Images", "© Sputnik", "... (photo credit: REUTERS)"). The places it names are where a picture
# was taken.
_CAPTION = re.compile(rf"(?:{alternation('CAPTION_CREDITS')})", re.I)
# ... or a credit alone on its line ("(photo credit: REUTERS)", "Фото: AP"), under its caption
_CREDIT_LINE = re.compile(rf"[(\[]?\s*(?:{alternation('CAPTION_CREDITS')})", re.I)
#: Substrings one of which a caption's credit holds, looked for before the regex (which tries
#: every alternative at every position, some 50 µs a line). ("ф": "фото" matches letters that
#: lower() does not give.)
_CAPTION_CUES = ("photo", "ф", "©", "getty", "image", "crédit", "credit", "file", "afp",
                 "reuters", "epa", "courtesy")
#: Longest line read as a caption.
MAX_CAPTION = 300
#: Longest line read as a credit alone.
MAX_CREDIT = 100


# ... or a line that ends with the day the picture was taken, after a word and a comma ("Soldiers
# at a checkpoint near X, January 17, 2023.", "..., le 26 décembre 2022.", "..., 29 октября 2020
# года"): a report's sentence dates its event with a preposition ("on Thursday, January 19,
# 2022."), and a page's time stands before its day ("12:56, 8 May 2021").
_ENDS_IN_YEAR = re.compile(r"(?:19|20)\d\d\D{0,8}$")
_CAPTION_DATE_BEFORE = re.compile(
    rf"[^\W\d_][)\]»\"”’]?\s*,\s*(?:(?:{alternation('ARTICLES')})\s+)?$", re.I)


def _dated_caption(line: str) -> bool:
    if not _ENDS_IN_YEAR.search(line):
        return False
    tail = line[-60:]  # (a date and the word before it fit in 60)
    dates = find_dates(tail, None)
    if not dates:
        return False
    last = dates[-1]
    return (last.span.precision == "day" and not last.relative
            and tail[last.end :].strip() in ("", ".")
            and _CAPTION_DATE_BEFORE.search(tail, 0, last.start) is not None)


def _credited(line: str) -> bool:
    low = line.lower()
    return any(c in low for c in _CAPTION_CUES) and _CAPTION.search(line) is not None


def _caption(line: str) -> bool:
    return len(line) < MAX_CAPTION and (_credited(line) or _dated_caption(line))


def _credit_alone(line: str) -> bool:
    """A photo's credit on a line of its own ("Photo by Test Agency", "(photo credit: X)")."""
    return len(line) < MAX_CREDIT and _credited(line) and _CREDIT_LINE.match(line) is not None


def caption(text: str, start: int, end: int) -> bool:
    """True when the line at ``text[start:end]`` is a photo's caption: it holds a credit, or a
    credit alone stands on the line under it."""
    if _caption(text[start:end].strip()):
        return True
    nl = text.find("\n", end - 1)
    if nl < 0:
        return False
    below_end = text.find("\n", nl + 1)
    return _credit_alone(text[nl + 1 : below_end if below_end >= 0 else None].strip())


def _is_furniture(line: str) -> bool:
    if _FURNITURE_LINE.match(line) or _caption(line):
        return True
    low = line.lower()
    return ("log" in low or "published" in low or "cookie" in low) and bool(
        _FURNITURE_WORDS.search(line)
    )


# A line alone that opens a list of links to other articles ("Related:", "Read also",
# "Читайте также:"), as a page saved as text keeps it: the titles below it are no report text.
_LINK_LIST = re.compile(
    r"\s*(?:related(?:\s+(?:posts|articles|news|stories))?|read\s+(?:also|more)|see\s+also|"
    r"more\s+(?:news|stories)|most\s+read|latest\s+news|читайте\s+также|по\s+теме|"
    r"(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet)\s*:?\s*$", re.I)


def furniture_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans of lines that are page furniture, and the headline (the first line, when it is a
    title rather than a sentence); the titles a list of links opens (:data:`_LINK_LIST`), up
    to the first line that is a sentence, are furniture too."""
    spans = []
    pos = start
    first = True
    links = False
    before: tuple[int, int, str] | None = None  # the last line with words, after the first
    for line in text[start:].splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            is_title = _unended_short(stripped) and (first or _title_case(stripped))
            links = (links and _unended_short(stripped)) or bool(_LINK_LIST.match(stripped))
            if is_title or links or stripped.startswith("#") or _is_furniture(stripped):
                spans.append((pos, pos + len(line)))
            # a credit alone under a line that is no sentence: that line is the caption
            if (before is not None and _unended_short(before[2]) and _credit_alone(stripped)
                    and before[:2] not in spans):
                spans.append(before[:2])
            before = None if first else (pos, pos + len(line), stripped)
            first = False
        pos += len(line)
    return sorted(spans)


def headline(text: str, start: int = 0) -> tuple[int, str]:
    """The report's first line when it is a title ("# Statement of the Ministry of Defence"),
    and its offset."""
    for line in text[start:].splitlines(keepends=True):
        stripped = line.strip()
        if stripped and _is_furniture(stripped):  # a photo's caption above the title
            start += len(line)
            continue
        if stripped:
            title = stripped.lstrip("#").strip()
            return (start + line.index(title), title) if _unended_short(stripped) else (0, "")
        start += len(line)
    return 0, ""


def _unended_short(line: str) -> bool:
    """Short and without sentence punctuation at the end: a title, not a sentence."""
    return len(line) < 160 and not line.endswith((".", "!", "?", ":", "”", '"'))


def _title_case(line: str) -> bool:
    """A headline or caption: most words capitalised, no sentence punctuation at the end."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# -- reading ------------------------------------------------------------------------------------


_SPREADSHEET = "a spreadsheet: save it as CSV (UTF-8) and give the .csv (mapper reads records "
_SPREADSHEET += "as CSV, JSON Lines or GeoJSON)"
# (MHTML's page is quoted-printable MIME: read as text, its words are broken at "=" and tags)
_ONE_FILE_PAGE = ("a page saved as one file (MHTML, web archive): save it as 'Web Page, HTML "
                  "only' (.html) and give that")
#: Files that are neither reports nor records mapper reads, and what to make of them.
OTHER_FORMATS = {
    ".xlsx": _SPREADSHEET, ".xls": _SPREADSHEET, ".xlsm": _SPREADSHEET, ".ods": _SPREADSHEET,
    ".numbers": _SPREADSHEET,
    ".gpkg": "a GeoPackage: export its layer as GeoJSON or CSV (in QGIS: Export > Save As)",
    ".shp": "a shapefile: export it as GeoJSON or CSV (in QGIS: Export > Save As)",
    ".kml": "KML: export it as GeoJSON or CSV (in QGIS: Export > Save As)",
    ".kmz": "KMZ: export it as GeoJSON or CSV (in QGIS: Export > Save As)",
    ".pdf": "a PDF: save its text as a .txt file (a report) and give that",
    ".docx": "a Word document: save it as text (.txt) or a web page (.html) and give that",
    ".doc": "a Word document: save it as text (.txt) or a web page (.html) and give that",
    ".odt": "a text document: save it as text (.txt) or a web page (.html) and give that",
    ".pages": "a Pages document: export it as text (.txt) and give that",
    ".mhtml": _ONE_FILE_PAGE, ".mht": _ONE_FILE_PAGE, ".webarchive": _ONE_FILE_PAGE,
    ".rtf": "rich text (TextEdit, WordPad): save it as plain text (.txt) and give that",
    ".eml": "a saved e-mail: save its text as a .txt file (a report) and give that",
    ".msg": "an Outlook message: save it as text (.txt) and give that",
}  # fmt: skip
#: What a file without a suffix inside a folder is told (named on its own, it is read).
NO_SUFFIX = "no suffix: name it .txt (a report) or .csv (records) to have it read"
_RECORDS = ("records or claims, not a report: mapper export, map and run read them "
            "(extract reads report text)")
OTHER_FORMATS.update(dict.fromkeys((".csv", ".tsv", ".jsonl", ".ndjson", ".geojson", ".json"),
                                   _RECORDS))


def read_report(
    path: str | Path,
    *,
    data: bytes | None = None,
    encoding: str | None = None,
    published: date | None = None,
    outlet: str = "",
    url: str = "",
    lang: str = "",
) -> Report:
    """Read one report file (or ``data`` read from stdin, named ``path``)."""
    where = str(path)
    advice = OTHER_FORMATS.get(os.path.splitext(where)[1].lower())
    if advice and (data is not None or os.path.isfile(path)):  # else: no such file
        raise ReportError(advice, where=where)
    if data is None:
        try:
            data = read_bounded(path, MAX_BYTES)
        except FileNotFoundError:
            raise ReportError("no such file", where=where) from None  # as records say it
        except OSError as exc:
            why = folder_error(path) if os.path.isdir(path) else exc.strerror or str(exc)
            raise ReportError(why, where=where) from None
    # Windows' and old Macs' line ends are a line's end: the same text read the same way
    # (with "\r\n" the dev reports had lost 0.03 of their tuple F1)
    text = decode(data, where, encoding).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReportError("empty report", where=where)
    meta, body = front_matter(text, where)
    loose = not body and _LOOSE_FIELDS.match(text) is not None
    if loose:
        meta, body = loose_front_matter(text)
    renamed = [(name, FIELD_NAMES[name]) for name in meta
               if name in FIELD_NAMES and FIELD_NAMES[name] not in meta]
    for name, field_name in renamed:
        meta[field_name] = meta.pop(name)
    unknown_fields = [f"{name}:" for name in meta if name not in FRONT_FIELDS]
    if where.lower().endswith((".html", ".htm")) or text[body:].lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        # Offsets of an HTML report refer to its extracted main text.
        text, page_meta = html_main_text(text[body:])
        if _other_script(page_meta.get("lang", ""), text):
            del page_meta["lang"]  # a site's template, not its text: all languages are read
        meta, body = {**page_meta, **meta}, 0
    else:
        text = text[:body] + unwrap(rejoin_broken_words(text[body:]))
    report = Report(where, text, published, outlet, url, lang)
    if loose:
        report.notices.append(LOOSE_FRONT_MATTER if body else LOOSE_TEXT)
    if renamed:
        report.notices.append("front matter " + ", ".join(f"{a}: read as {b}:"
                                                          for a, b in renamed))
    if unknown_fields:  # a field of no known name: not dropped unsaid
        report.notices.append(f"front matter {', '.join(unknown_fields)} not read (mapper reads "
                              "published, outlet, url and lang): ignored")
    if utf8_instead(data, encoding):
        report.notices.append(f"read as UTF-8 (the bytes are valid UTF-8), not {encoding}")
    elif encoding and (other := garbled(data, encoding)):
        # one --encoding for a folder whose old files differ: this one's text is garbled
        report.notices.append(f"read as {encoding}, its text is garbled; it reads as {other}: "
                              f"read it with --encoding {other} apart from the others")
    given = meta.get("published") or meta.get("date")
    if given:
        try:
            report.published = parse_published(given, where)
        except ReportError as exc:
            report.notices.append(f"{exc.message}: ignored")
    elif "published" in meta or "date" in meta:
        report.notices.append("front matter 'published:' is empty: ignored")
    report.outlet = meta.get("outlet", report.outlet)
    report.url = meta.get("url", report.url)
    report.lang = language_code(meta.get("lang", report.lang))
    if unread := _unread_language(report.lang, text[body:]):
        report.notices.append(f"{unread}: extraction reads English, French and Russian only, "
                              "so it finds few claims here or none")
    report.ignored = ([(0, body)] if body else []) + furniture_spans(text, body)
    report.headline_start, report.headline = headline(text, body)
    if report.published is None and (found := dateline(text, body)):
        # a page saved as text keeps its date on a line of its own, as a page's <time> does:
        # the report's date, no date of what it tells (blanked, so that no sentence runs into
        # it: the offsets stay)
        report.published, line, (a, b) = found
        report.text = text = text[:a] + re.sub(r"[^\r\n]", " ", text[a:b]) + text[b:]
        report.notices.append(f"published {report.published.isoformat()} read from the line "
                              f"{line!r} near the top (no front matter or flag gave one)")
    if report.published is None and (day := file_day(where)):
        report.published = day
        report.notices.append(f"published {day.isoformat()} read from the file's name (no "
                              "front matter, flag or line near the top gave one)")
    if report.published is None and (day := first_full_day(text[body:], report.lang)):
        # right on four in five of the dev reports that write one (their front matter aside)
        report.published = day
        report.notices.append(f"published {day.isoformat()} taken from the first date the "
                              "text writes in full (no front matter, flag, date line or file "
                              "name gave one): check it")
    if report.published is None:
        report.notices.append(
            "no publication date: years and relative dates are not anchored "
            "(add 'published:' front matter or --published)"
        )
    return report


#: A day in a file's name, as people and tools name saved reports ("am-mod-2022-09-13.txt",
#: "20220913 statement.md"): year, month and day, in that order.
_NAMED_DAY = re.compile(r"(?<!\d)(\d{4})([-_.]?)(\d\d)\2(\d\d)(?!\d)")


def first_full_day(text: str, lang: str = "") -> date | None:
    """The first day a text writes in full, with its month and year ("13 September 2022",
    "13.09.2022"; not "yesterday", "13 September" nor a day that could be read two ways,
    "05/10/2021"), within :data:`PUBLISHED_YEARS`."""
    for d in find_dates(text, None, lang or None):
        day = d.span.start
        if (day is not None and day == d.span.end and not d.relative
                and PUBLISHED_YEARS[0] <= day.year <= PUBLISHED_YEARS[1]
                and not date_ambiguity(text[d.start : d.end])):
            return day
    return None


def file_day(path: str) -> date | None:
    """The day a report's file's name holds (YYYY-MM-DD, YYYY_MM_DD, YYYYMMDD) within
    :data:`PUBLISHED_YEARS`, else None."""
    for m in _NAMED_DAY.finditer(PurePath(path).name):
        try:
            day = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        if PUBLISHED_YEARS[0] <= day.year <= PUBLISHED_YEARS[1]:
            return day
    return None


#: A code of a language extraction reads that opens a file's name ("en-apa-2021-05-20.txt").
_LANG_PREFIX = re.compile(r"^(?:en|fr|ru)[-_ ]", re.I)


def file_outlet_words(path: str) -> tuple[str, ...]:
    """The words before the day in a file's name ("armenpress-2022-09-13.md", "ru-mod-2022-09-
    13.txt"), which may name its outlet, then the same without a language's code before them
    ("en-apa-..."): each as words, in capitals ("AM MOD": a country's code and a body's) and as
    an address ("news am", "news.am"); none when the name holds no day or nothing before it."""
    stem = PurePath(path).stem
    m = _NAMED_DAY.search(stem)
    words = stem[: m.start()].strip(" -_.") if m else ""
    forms = dict.fromkeys(w for w in (words, _LANG_PREFIX.sub("", words)) if w)
    return tuple(f for w in forms
                 for f in (w.replace("-", " "), w.replace("-", " ").upper(), w.replace("-", ".")))


#: A file's name that is a web address's host ("apa.az", "www.mil.am"), naming its outlet.
_ADDRESS = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.I)


def file_outlet(path: str) -> str | None:
    """The outlet that a report's file's name stands for when nothing else names one, kept as
    written: the name without its suffix ("notes 2" of ``reports/notes 2.md``; "stdin" for
    ``-``); or None when that name is a web address's host ("apa.az.md"), which names an outlet
    the claimant table may know. "report.md", "t.md" or "news.txt" name a file, not the agencies
    Report (Azerbaijan), TT (Sweden) or A News (Turkey), and no side."""
    if path == "-":  # whose stem "-" had named standard input's outlet
        return "stdin"
    stem = PurePath(path).stem or "stdin"
    return None if _ADDRESS.fullmatch(stem) else stem


def iter_report_paths(inputs: list[str]) -> Iterator[str]:
    """Files named, and report files inside folders (sorted), in order; '-' passes through."""
    for item in inputs:
        p = Path(item)
        if item == "-" or not os.path.isdir(p):  # False, not OSError, for a 300-byte name
            yield item
            continue
        for child in walk(p):
            if os.path.isdir(child):
                yield str(child)  # a folder that cannot be listed: reading it says why
            elif child.suffix.lower() in REPORT_SUFFIXES and child.name.lower() != "readme.md":
                yield str(child)
