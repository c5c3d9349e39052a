"""Which date a claim takes: the event dates of its sentence, the statement's date, the date its
claimant spoke of last, the paragraph's, else the span of the report's dates."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from mapper.dates import WEEKDAYS, DateMention, find_dates
from mapper.extract.attribution import Attribution
from mapper.extract.events import TRIGGER_WORDS
from mapper.extract.mentions import LIST_NEXT
from mapper.extract.roles import names_a_document, opens_when_clause
from mapper.extract.sentences import Sentence
from mapper.extract.speech import word_regex, word_vocabulary
from mapper.lang import alternation, numbers, words
from mapper.model import DateSpan
from mapper.reports import front_matter

#: Sentences over which a claimant's last date still holds for it.
SAME_VOICE_REACH = 3
#: A report whose dates span more than this gives no frame to undated claims.
MAX_FRAME_DAYS = 14
#: An undated claim lies within this many days before the report or statement that makes it.
REPORTED_DAYS = 2

#: How the date of a claim that names none reads: the report's own span of days (:func:`frame`),
#: the days before publication, the days before a statement (:func:`on_or_before`).
FRAME = "dates named in the report"
UNDATED = "undated:"
ON_OR_BEFORE = "on or before"
#: An event that ended this many days before the report is its background ("since the 2020
#: war", "the occupation of 1993"), not a claim of it: news reports of incidents tell of days
#: and weeks past, and a retrospective dates its events from their own year.
BACKGROUND_DAYS = 180
#: Days before the report that a span weeks long ended for it to be recalled, not news: more
#: than last month ("In April ...", "last month" in a report of May 31 ended 31 days before).
RECALLED_DAYS = 31
#: Days after the report's publication day that a claim's first day may lie and still be told
#: as past (a page stamped late the evening before the day it tells of).
AHEAD_SLACK_DAYS = 1


def within(span: DateSpan, found: Dated, sent: Sentence) -> DateSpan | None:
    """The one day among ``found`` (event dates of ``sent``) that lies inside ``span``, a span
    of three days or more ("earlier this week"; not a night's two), else None: a sentence
    telling more of an event names its day. Not a day before a speech verb that opens what
    was said ("В среду в ведомстве заявили, что ...", "Mercredi, le ministère a déclaré
    que ..."): that day is the statement's, whoever the speaker; nor in a sentence that opens
    another event ("In a separate incident, ...", "Par ailleurs, ...", "Кроме того, ...") or
    tells of one prevented ("set up posts there on Thursday to prevent further shelling")."""
    days = {s.start: s for rel, s in found if s.precision == "day" and s.start == s.end
            and not any(rel < a and not _closes(sent.text[b:]) for a, b in sent.verbs)}
    if (len(days) != 1 or span.start is None or span.end is None
            or (span.end - span.start).days < 2 or _OTHER_EVENT.search(sent.text, sent.folded)
            or _PREVENTS.search(sent.text, sent.folded) or _names_its_ends(span)):
        return None
    day = days.popitem()[1]
    return day if span.start <= day.start <= span.end else None


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def _names_its_ends(span: DateSpan) -> bool:
    """True for a range the report names by its first and last days ("from 10 to 14 May",
    "10-14 мая"): a day inside it is one event of what the claimant said happened all along,
    not the day of a vaguer span ("earlier this week", "on or before 2021-05-20")."""
    return (span.precision == "range"
            and len(_DAY_NUMBER.findall(_ISO_DATE.sub("", span.text))) >= 2)


def background(span: DateSpan, published: date | None) -> bool:
    """True when an event's dates end long before the report was published, or when they are
    weeks long and ended weeks before it ("the fighting lasted from September 27 to November
    9" in a February report: a war recalled, no incident of the report's)."""
    if published is None or span.end is None:
        return False
    return (published - span.end).days > BACKGROUND_DAYS or (
        span.start is not None and (span.end - span.start).days > MAX_FRAME_DAYS
        and recalled(span, published))


def recalled(span: DateSpan, published: date | None) -> bool:
    """True when an event's dates ended more than RECALLED_DAYS before the report: weeks
    past, where a war's outbreak is its background ("clashes erupted on September 27" in a
    report of December)."""
    return (published is not None and span.end is not None
            and (published - span.end).days > RECALLED_DAYS)


def ahead(span: DateSpan, published: date | None) -> bool:
    """True when an event's first day lies after the report was published: a deadline, a plan
    or an agreement's term ("must leave before January 5", "is to be handed over on December
    1" in a report of November), which no one can yet report as having happened."""
    return (published is not None and span.start is not None
            and (span.start - published).days > AHEAD_SLACK_DAYS)


#: A dateline's date further than this from the publication date is not the report's date.
DATELINE_SLACK_DAYS = 3

Dated = list[tuple[int, DateSpan]]  # (offset in the sentence, span)
# The place of a dateline before its date: a city in capitals or capitalised, then a comma, at
# the start of a line ("BAKU, September 13. /TASS/.", "YEREVAN, DECEMBER 16, ARMENPRESS."); no
# word in lower case ("Как сообщил Степанян, 17 мая ..." names a speaker).
_DATELINE_CITY = re.compile(
    r"(?:^|\n)[ \t]*[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’-]*(?:[ \t]+[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’-]*){0,3},"
    r"[ \t]*$")
# ... and a stop after the date, not the rest of a sentence ("Напомним, 25 августа войска ...":
# "Recall that on 25 August ...").
_DATELINE_END = re.compile(r"[ \t]*[.,:;/(–—-]")


_DIGIT = re.compile(r"\d")
# A bare year after "in", "since" ("since 1991, when ...", "в 1992 году").
_YEAR = re.compile(
    rf"(?<!\w)(?:{alternation('YEAR_LEAD')})\s+(?P<year>(?:19|20)\d\d)(?![\d.,:/-]\d)", re.I)


def in_past_year(sent: Sentence, dates: Dated, offset: int, published: date | None) -> bool:
    """True when the last date before ``offset`` in a sentence is a bare year before the
    publication's ("since 1991, when Armenian forces occupied X", "en 2020, l'armée a pris
    X"): what happened then is history, not news of the report's days. ``dates`` are the
    sentence's other dates, (offset, span)."""
    if published is None or not _DIGIT.search(sent.text, 0, offset):
        return False
    years = [m.start() for m in _YEAR.finditer(sent.text, 0, offset)
             if int(m.group("year")) < published.year]
    return bool(years) and all(at < years[-1] or at >= offset for at, _ in dates)


def report_dates(text: str, published: date | None, lang: str | None
                 ) -> tuple[list[DateMention], date | None]:
    """The dates of a report and the day they count from: the day its dateline gives ("BAKU,
    September 13. /TASS/.") when that is within a few days of the publication date (a reprint
    or a time zone apart), else the publication date."""
    dates = find_dates(text, published, lang)
    if published is None:
        return dates, None
    for d in dates[:3]:
        day = d.span.start
        if (day is None or day != d.span.end or d.relative  # "yesterday" is no dateline's
                or not _DATELINE_CITY.search(text, max(0, d.start - 40), d.start)
                or not _DATELINE_END.match(text, d.end)):
            continue
        try:  # a day just after publication was put in the year before: take it back
            day = day.replace(year=published.year)
        except ValueError:  # 29 February
            continue
        if day != published and abs((day - published).days) <= DATELINE_SLACK_DAYS:
            return find_dates(text, day, lang), day
    return dates, published


# A label before a page's own date, from the start of its line ("date ", "Published: ").
_PAGE_LABEL = re.compile(rf"[ \t]*(?:{alternation('PAGE_DATE_LABELS')})[ \t]*:?[ \t]*", re.I)
_WORD = re.compile(r"[^\W\d_]+")
# A year or a time on the line: a stamp, not a heading of days ("12 May" alone).
_STAMPED = re.compile(r"\d{4}|\d:\d\d")
# A time of day just after the date or just before it: "15 December 2022 22:49", "12:56, 8
# September 2023", "vendredi 16 décembre 2022 à 03:55".
_TIME_AFTER = re.compile(
    rf"[^\w\n]*(?:(?:{alternation('AT_TIME')})[ \t]+)?\d{{1,2}}:\d\d(?!\d)", re.I)
_TIME_BEFORE = re.compile(r"(?<!\d)\d{1,2}:\d\d(?:[ \t]*[ap]\.?m\.?)?[^\w\n]*$", re.I)
_AT_TIME = frozenset(w.casefold() for w in words("AT_TIME"))
#: Words the line of a time stamp may hold besides its date and time: a rubric, a time zone,
#: the outlet's name ("Politics 18:31 25/12/2020", "14 October 2022 13:12 (UTC+04:00)").
STAMP_WORDS = 3


def _stamp_words(rest: str, most: int) -> int:
    """The words of ``rest`` other than weekdays and words of a time of day, counted up to
    ``most``."""
    n = 0
    for m in _WORD.finditer(rest):
        w = m.group().casefold()
        if w not in WEEKDAYS and w not in _AT_TIME:
            n += 1
            if n >= most:
                break
    return n


def page_dates(text: str, dates: list[DateMention], published: date | None) -> set[int]:
    """The starts of the dates that are the page's own, when it came out, not a day of what it
    tells: those of its front matter; one after a label at the start of a line ("date
    2021-09-01 ...", "Опубликовано: 12.04.2022"); within a few days of the publication date,
    one alone on its line with a weekday at most ("Saturday, November 21, 2020"), or with a
    time of day next to it and a few words at most ("July 22, 2021 11:58", "Caucasus Reality
    11 september — 15:07"), as a page saved as text keeps its time stamp."""
    body = front_matter(text, "")[1]
    out: set[int] = set()
    for d in dates:
        if d.start < body:
            out.add(d.start)
            continue
        if d.span.start is None or d.span.start != d.span.end:
            continue
        line = text.rfind("\n", 0, d.start) + 1
        end = text.find("\n", d.end) % (len(text) + 1)  # (no line end: the text's)
        label = _PAGE_LABEL.match(text, line, d.start)
        if label is not None and label.end() == d.start:
            out.add(d.start)  # a label, then the date: the page's, whatever follows
            continue
        if published is None or abs((d.span.start - published).days) > DATELINE_SLACK_DAYS:
            continue
        timed = (_TIME_AFTER.match(text, d.end, end) is not None
                 or _TIME_BEFORE.search(text, max(line, d.start - 16), d.start) is not None)
        # the line's other words, counted up to one more than a stamp may hold (with no time,
        # up to one: it must hold none): most dates stand in a paragraph, whose words need not
        # all be read to tell it is no stamp
        words = _stamp_words(text[line : d.start] + " " + text[d.end : end],
                             STAMP_WORDS + 1 if timed else 1)
        if (not words and _STAMPED.search(text, line, end)) or (timed
                                                                and words <= STAMP_WORDS):
            out.add(d.start)
    return out


# What may stand between the two ends of one range: times, fillers, one connector.
_RANGE_GAP = re.compile(
    rf"^(?:[\s\d:.,hH-]|(?<!\w)(?:{alternation('RANGE_FILLERS')})(?!\w))*"
    rf"(?:(?<!\w)(?:{alternation('RANGE_TO')})(?!\w)|[-–—])"
    rf"(?:[\s\d:.,hH-]|(?<!\w)(?:{alternation('RANGE_FILLERS')})(?!\w))*$",
    re.I,
)
# ... or "and" after "between" ("between 22:00 on 5 May and 02:00 on 6 May").
_RANGE_AND_GAP = re.compile(
    rf"^(?:[\s\d:.,hH-]|(?<!\w)(?:{alternation('RANGE_FILLERS')})(?!\w))*"
    rf"(?<!\w)(?:{alternation('AND')})(?!\w)"
    rf"(?:[\s\d:.,hH-]|(?<!\w)(?:{alternation('RANGE_FILLERS')})(?!\w))*$",
    re.I,
)
_BETWEEN = re.compile(
    rf"(?<!\w)(?:{alternation('RANGE_BETWEEN')})\s+(?:[\w:.,-]+\s+){{0,3}}$", re.I)
#: Longest range two dates joined by a connector make.
MAX_JOINED_DAYS = 3


def join_ranges(dates: list[DateMention], text: str) -> list[DateMention]:
    """Two dates that a connector and times join are one range: "on August 19 from 17:24 to
    00:25 August 20", "dans la nuit du lundi 12 au mardi 13 septembre"."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        if (prev is not None and prev.span.start and d.span.end and d.span.start
                and prev.span.start <= d.span.start
                and (d.span.end - prev.span.start).days <= MAX_JOINED_DAYS
                and d.start - prev.end <= 40
                and (_RANGE_GAP.match(text[prev.end : d.start])
                     or (_RANGE_AND_GAP.match(text[prev.end : d.start])
                         and _BETWEEN.search(text[max(0, prev.start - 40) : prev.start])))):
            span = DateSpan(prev.span.start, max(d.span.end, prev.span.end or d.span.end),
                            "range", text[prev.start : d.end])
            out[-1] = replace(prev, end=d.end, text=text[prev.start : d.end], span=span)
            continue
        out.append(d)
    return out


_SINCE = re.compile(rf"(?<!\w)(?:{alternation('SINCE')})\s+$", re.I)
_UNTIL_NOW = re.compile(rf"\s*,?\s*(?:{alternation('UNTIL_NOW')})(?!\w)", re.I)
#: Characters before a date read for the word that makes it the start of a state.
SINCE_REACH = 60


def goes_on_since(sent: Sentence, sdates: list[DateMention], text: str, today: date | None
                  ) -> set[int]:
    """The offsets in ``sent`` of its dates that :func:`starts_a_state`."""
    return {d.start - sent.start for d in sdates if starts_a_state(text, d, today, sent.start)}


def starts_a_state(text: str, d: DateMention, today: date | None, floor: int = 0) -> bool:
    """True for a date over :data:`MAX_FRAME_DAYS` before ``today`` that starts what still goes
    on ("under blockade since December 12" in February, "from September 27 to the present
    day"): no day of the report's events, so a place told with it is dated as if its sentence
    named no day. Not a start days ago ("since Monday"), nor a day a "when" clause tells of
    ("since Nov. 16, when ..."). ``floor`` bounds how far back the words before it are read."""
    return (today is not None and d.span.start is not None
            and (today - d.span.start).days > MAX_FRAME_DAYS
            and (_since_before(text, d, floor) or _UNTIL_NOW.match(text, d.end) is not None)
            and not opens_when_clause(text, d))


def _since_before(text: str, d: DateMention, floor: int) -> bool:
    """True when "since", "depuis", "с" stands just before date ``d`` (not before ``floor``)."""
    return _SINCE.search(text, max(floor, d.start - SINCE_REACH), d.start) is not None


def up_to(event_dates: Dated, sent: Sentence, sdates: list[DateMention], text: str,
          today: date | None) -> Dated:
    """The event dates of ``sent``, a day a few days before ``today`` that starts what still
    goes on ("have fled since Sunday", "depuis hier", "с понедельника") made the span from
    it to ``today``: what the sentence tells went on all those days, not on the first alone.
    Not a day a "when" clause tells of ("since Monday, when ..."), which dates that event;
    nor a start weeks back (:func:`starts_a_state`), which dates nothing."""
    if today is None or not event_dates:
        return event_dates
    at = {d.start - sent.start: d for d in sdates}
    out: Dated = []
    for rel, span in event_dates:
        d = at.get(rel)
        if (d is not None and span.start is not None and span.start == span.end
                and 0 < (today - span.start).days <= MAX_FRAME_DAYS
                and _since_before(text, d, sent.start) and not opens_when_clause(text, d)):
            span = DateSpan(span.start, today, "range", span.text)
        out.append((rel, span))
    return out


def classify(sent: Sentence, sdates: list[DateMention], att: Attribution, text: str,
             folded: str) -> tuple[Dated, date | None]:
    """(event dates as (offset in sentence, span), the statement date)."""
    events: Dated = []
    statement: date | None = None
    for d in join_ranges(sdates, text):
        if d.span.start is None or d.span.end is None:
            continue
        if names_a_document(text, folded, d, sent.start) and not opens_when_clause(text, d):
            continue  # "the November 10 agreement": dates a document, not this event
        rel, rel_end = d.start - sent.start, d.end - sent.start
        if _said_on(sent, rel) and (d.span.end - d.span.start).days <= MAX_JOINED_DAYS:
            statement = d.span.end  # "..., the Defence Ministry said on Sunday": whoever said
            continue
        # "On December 13, the ministry declared that ..." or "the ministry said on Sunday
        # that ...": the date introduces the statement. Not "... fired on Monday, the
        # ministry said.", where the speaker closes the sentence and the date is the event's.
        if (
            att.own
            and not att.according  # "according to X, on Monday ...": the event's day
            and att.statement_start >= 0
            and (
                (0 <= att.statement_start - rel_end <= 6
                 and not _closes(sent.text[att.speech_end :])
                 and not _closes(_after_speech(sent.text, _first_verb_end(sent, att), rel))
                 # "... on May 5, reports the agency citing ...": a speech verb before its
                 # speaker ends the clause the date is in
                 and not any(a == att.statement_start for a, _ in sent.verbs))
                # (not past the comma that ends the speaker's clause: "Как сообщили в
                # понедельник в Минобороны, в воскресенье ...": Sunday is the event's; but a
                # day set off by commas before "that" is still the statement's: "the ministry
                # said, on Monday, that ...", "a indiqué, lundi, que ...")
                or (att.statement_start <= rel < _past_channel(sent.text, att.speech_end) + 12
                    and ("," not in sent.text[att.speech_end : rel]
                         or _THAT_NEXT.match(sent.text, rel_end) is not None)
                    # "Armenian MoD: today ...", "the ministry said: on Monday ...": what
                    # follows the colon is what was said, its day the event's
                    and ":" not in sent.text[att.statement_start : max(rel, att.speech_end)])
            )
            # "that" between the speaker and the date, also inside the phrase that made the
            # speaker ("утверждает, что 5 мая ...")
            and not _THAT.search(sent.text[min(att.speech_end, att.statement_start) : rel])
            # "In March, X accused Y of ...": a statement dated no closer than a month dates
            # what it tells by that month, not by the days before the month's end
            and (d.span.end - d.span.start).days <= MAX_JOINED_DAYS
        ):
            statement = d.span.end
            continue
        events.append((rel, d))
    # "said on Monday that ... overnight": a day told relative to the statement counts from it
    return _refined([(rel, _counted_from(d, statement)) for rel, d in events]), statement


def _counted_from(d: DateMention, statement: date | None) -> DateSpan:
    """A date's span, a relative one ("overnight", "yesterday") counted from the day of the
    statement it sits in rather than from the report's."""
    if statement is None or not d.relative:
        return d.span
    again = find_dates(d.text, statement)
    return again[0].span if again and again[0].span.start else d.span


def _refined(events: Dated) -> Dated:
    """A day that a range in the same sentence spans is that range told less precisely ("On
    May 3, ... fired from 23:10 on May 2 to 01:00 on May 3"): the range dates the sentence."""
    ranges = [s for _, s in events if s.precision == "range"
              and 0 < (s.end - s.start).days <= MAX_JOINED_DAYS]
    return [(rel, s) for rel, s in events
            if s.start != s.end or not any(r.start <= s.start <= r.end for r in ranges)]


_THAT = word_regex("THAT")
_THAT_NEXT = re.compile(rf"\s*,?\s*{_THAT.pattern}", re.I)  # "..., on Monday, that"
_WORDS = re.compile(r"\w+")
#: Words a speech may end with and still close its sentence ("..., the ministry said in a
#: statement", "écrit le ministère sur Telegram").
CLOSING_WORDS = 4


_SAME_DAY = word_vocabulary("SAME_DAY")
_OCCURRED = re.compile(rf"\W*(?:{alternation('EVENT_OCCURRED')})(?!\w)", re.I)
_THE_EVENT = re.compile(rf"\W*(?:{alternation('THE_EVENT')})(?!\w)", re.I)
_OTHER_EVENT = word_vocabulary("OTHER_EVENT")
_PREVENTS = word_vocabulary("PREVENTS")


#: Words before a date that make it the end of a clause of its own ("Azerbaijani forces fired
#: at Sotk on Monday, the ministry said, adding that ..."), not the opening of the statement's.
CLAUSE_BEFORE_WORDS = 3
_COMMA_OR_STOP = re.compile(rf",|(?<!\w)(?:{alternation('CLAUSE_STOPS')})(?!\w)", re.I)


_ON_AFTER_VERB = re.compile(rf"\s+(?:(?:{alternation('DATE_AFTER_PLACE')})\s+)?$", re.I)
_PASSIVE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('PASSIVE_BEFORE')})\s+$", re.I)
# An event word just before the verb: a participle that dates the event ("one such skirmish
# reported on July 14"), no speaker's verb
_EVENT_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(TRIGGER_WORDS)})\s+$", re.I)


def _said_on(sent: Sentence, rel: int) -> bool:
    """True when a date follows a speech verb at once, or past where it was said ("said on
    Sunday", "reported Monday", "told a news conference on Thursday"), whoever the speaker
    (one the claimant table lacks too): the day of the saying. Not after a passive ("shots
    were reported on Sunday": the shots' day) nor an event word ("a skirmish reported on July
    14")."""
    return any(0 < rel - b <= 8 and _ON_AFTER_VERB.fullmatch(sent.text, b, rel)
               and not _PASSIVE_BEFORE.search(sent.text, max(0, a - 12), a)
               and not _EVENT_BEFORE.search(sent.text, max(0, a - 40), a)
               for a, b in ((a, _past_channel(sent.text, b)) for a, b in sent.verbs))


def _first_verb_end(sent: Sentence, att: Attribution) -> int:
    """Where the speech verb of the speaker an attribution names first ends ("..., Armenian
    officials said, while Baku said ...": the first "said"), else the attribution's end."""
    return next((b for a, b in sent.verbs if a >= att.statement_start), att.speech_end)


def _after_speech(text: str, speech_end: int, date_at: int) -> str:
    """What follows a speech verb that stands after a date, read for whether the speech closes
    the date's clause: to the next comma when a clause of words stands before the date
    (", adding that ...", ", while Baku said ..." add to the speech, and say nothing of it)."""
    rest = text[speech_end:]
    line = text.rfind("\n", 0, date_at) + 1  # (a headline run into the sentence is no clause)
    if len(_WORDS.findall(text, line, date_at)) < CLAUSE_BEFORE_WORDS:
        return rest
    stop = _COMMA_OR_STOP.search(rest)
    if stop is None or _THAT_NEXT.match(rest, stop.start()):
        return rest  # "заявило, что ...": what was said follows the comma
    return rest[: stop.start()]


_CHANNEL = re.compile(rf"\s*(?<!\w)(?:{alternation('SPEECH_CHANNEL')})(?!\w)", re.I)


def _past_channel(text: str, at: int) -> int:
    """Where the phrases that say where a speech was made ("in a statement on its website")
    end, from ``at`` (a speech verb's end)."""
    while m := _CHANNEL.match(text, at):
        at = m.end()
    return at


def _closes(rest: str) -> bool:
    """True when what follows a speaker is no more than a few words, besides where it was
    said, and no reported clause."""
    return (len(_WORDS.findall(_CHANNEL.sub(" ", rest))) <= CLOSING_WORDS
            and not _THAT.search(rest))


def same_day(sent: Sentence, last: DateSpan | None) -> Dated:
    """The event date of a sentence that gives none but "the same day", or that opens with
    the event just told ("The aggression was carried out with artillery ..."): the last one
    named."""
    if last is None:
        return []
    m = _SAME_DAY.search(sent.text, sent.folded) or _THE_EVENT.match(sent.text)
    return [(m.start(), last)] if m else []


def occurred(sent: Sentence, event_dates: Dated) -> DateSpan | None:
    """The day of a sentence that opens with the event just told and when it happened ("The
    incident took place on Wednesday", "L'incident a eu lieu dimanche", "Инцидент произошел
    13 января"): the day of the claims just made whose sentences named none."""
    if not event_dates or not _OCCURRED.match(sent.text):
        return None
    return event_dates[0][1]


def on_or_before(statement: date) -> DateSpan:
    """The span of an event that a statement reports without dating it."""
    return DateSpan(statement - timedelta(days=REPORTED_DAYS), statement, "range",
                    f"{ON_OR_BEFORE} {statement.isoformat()}")


_DATE_AFTER_PLACE = re.compile(
    rf"^\s*,?\s*(?:(?:{alternation('DATE_AFTER_PLACE')})\s+)?$", re.I)
#: Characters between a place and its date at most.
DATE_AFTER_REACH = 30


def list_end(sent: Sentence, names: list[tuple[int, int]], start: int, end: int) -> int:
    """Where the list of names that the name at [``start``, ``end``) opens or goes on ends ("at
    Sisian and Vardenis the next day": past "Vardenis" for both); ``names`` are the sentence's
    names as sorted (start, end) offsets in it, ``end`` is returned for a name not among them.
    A name whose own date follows it ends its list ("Tegh on 5 June and Sotk on 12 June")."""
    k = bisect_left(names, (start,))
    if k == len(names) or names[k][0] != start:
        return end
    end = names[k][1]
    for s, e in names[k + 1:]:
        if s < end:
            continue  # a name inside the one before ("Syunik" of "Syunik province")
        if LIST_NEXT.fullmatch(sent.text, end, s) is None:
            break
        end = max(end, e)
    return end


def date_after(sent: Sentence, event_dates: Dated, end: int) -> DateSpan | None:
    """The date that follows a place at once ("shelled Tegh on 5 June and Sotk on 12 June"):
    that place's, whatever date stands before it. ``end`` is the place's end in the
    sentence, or the end of the list of names it stands in (:func:`list_end`)."""
    for at, span in event_dates:
        if end <= at <= end + DATE_AFTER_REACH:
            return span if _DATE_AFTER_PLACE.match(sent.text[end:at]) else None
    return None


_DAYS_AFTER = re.compile(
    rf"(?<!\w)(?:{alternation('DAYS_AFTER')})(?:(?<=['’])|(?!\w))", re.I)  # "d'une attaque"
# Between a day and the clause "a day after ..." that it opens: a few words of the same clause
# ("on Wednesday (20 September), a day after"), no stop and no "and" ("on Wednesday; two days
# after that, ...", "mercredi et deux jours après ...": days on, not back).
_SET_OFF = re.compile(rf"(?:(?![.;:!?]|(?<!\w)(?i:{alternation('AND')})(?!\w)).){{0,40}}")
# After the first comma of the clause, up to a place still in it: only the names of a list
# ("a day after troops fired at Sotk, Kut and Tegh"), not the main clause that goes on ("a day
# after talks in Brussels, Azerbaijani troops shelled X").
_NAME_WORD = r"[A-ZÀ-ÞА-ЯЁ][\w'’-]*"
_LISTED = re.compile(
    rf"\s*(?:{_NAME_WORD}(?:[ -]{_NAME_WORD})*\s*,\s*)*(?:{_NAME_WORD}(?:[ -]{_NAME_WORD})*\s+)?"
    rf"(?:(?i:{alternation('AND')})\s+)?")
_NUMBERS = numbers()


def days_after(sent: Sentence, event_dates: Dated, offset: int) -> DateSpan | None:
    """The day of a place told in a clause that opens with "N days after" right after its
    sentence's day ("early on Wednesday, a day after Azerbaijani forces shelled X": X on
    Tuesday): that day, N days earlier; None where the place is in no such clause, or the date
    is no day ("in September, a day after ...")."""
    before = [(at, span) for at, span in event_dates if at < offset]
    if not before or before[-1][1].precision != "day":
        return None
    at, span = before[-1]
    text = sent.text
    m = _DAYS_AFTER.search(text, at, offset)
    if m is None or not _SET_OFF.fullmatch(text, at + len(span.text), m.start()):
        return None
    comma = text.find(",", m.end(), offset)
    if comma >= 0 and not _LISTED.fullmatch(text, comma + 1, offset):
        return None
    if any(stop in text[m.end():offset] for stop in ".;:!?"):
        return None
    days = next((int(w) if w.isdigit() else _NUMBERS[w.casefold()]
                 for w in re.findall(r"\w+", m.group())
                 if w.isdigit() or w.casefold() in _NUMBERS), 1)
    back = timedelta(days=days)
    return DateSpan(span.start - back, span.end - back, span.precision,
                    f"{span.text}, {m.group()}")


def nearest_before(event_dates: Dated, offset: int) -> DateSpan | None:
    before = [d for d in event_dates if d[0] < offset]
    if before:
        return before[-1][1]
    return event_dates[0][1] if event_dates else None


def recent(claimant_dates: dict[str, tuple[int, int, DateSpan]], claimants, index: int,
           para: int | None = None) -> DateSpan | None:
    """The date a claimant spoke of in the last few sentences; with ``para``, only in that
    paragraph (the paragraph's own date comes before a voice's day from another one)."""
    for c in claimants:
        if c in claimant_dates:
            at, where, span = claimant_dates[c]
            if index - at <= SAME_VOICE_REACH and para in (None, where):
                return span
    return None


def frame(dates: list[DateMention], text: str, folded: str, published: date | None) -> DateSpan:
    """The date of claims that give none: the last days (at most :data:`REPORTED_DAYS` + 1) of
    the span of the report's dates (the page's own among them: they end it), else the days
    just before publication, else unknown."""
    spans = [
        d.span
        for d in dates
        if d.span.start
        and d.span.end
        and (published is None or d.span.end <= published)
        and not names_a_document(text, folded, d, 0)
        and not starts_a_state(text, d, published)  # a state's start frames no news
    ]
    if spans:
        start = min(s.start for s in spans if s.start)
        end = max(s.end for s in spans if s.end)
        if (end - start).days <= MAX_FRAME_DAYS:
            # what a report does not date is of its last days, as an undated report's is
            start = max(start, end - timedelta(days=REPORTED_DAYS))
            return DateSpan(
                start, end, "range" if start != end else "day", FRAME
            )
    if published:
        # As ACLED codes an undated report: by the days it reports, those just before it.
        return DateSpan(published - timedelta(days=REPORTED_DAYS), published, "range",
                        f"{UNDATED} on or before publication ({published.isoformat()})")
    return DateSpan.unknown()
