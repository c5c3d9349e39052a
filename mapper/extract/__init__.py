"""Report text -> claims: who says what happened, where and when, with the quote and its span.

One module per stage, each a general rule rather than a pattern for one text, each reading its
words from :mod:`mapper.lang` (one data module per language):

1. :mod:`~mapper.extract.sentences`: sentences and paragraphs, skipping page furniture.
2. One scan finds every gazetteer name and claimant alias (:mod:`mapper.scan`);
   :mod:`~mapper.extract.mentions` turns them into place mentions, adds names the gazetteer
   spells otherwise and names in place contexts, reads area phrases and settles homonyms;
   :mod:`~mapper.extract.roles` says when a name is no place of an incident (a capital standing
   for its government, a dateline, a document).
3. :mod:`~mapper.extract.attribution`: who says each sentence (:mod:`~mapper.extract.speech`
   holds the speech verbs).
4. :mod:`~mapper.extract.dating`: the date of each claim, apart from the statement's date.
5. :mod:`~mapper.extract.events`: event types from trigger words, killed and wounded counts.
6. :mod:`~mapper.extract.claims`: one claim per (claimant, place, date); sentences that add to a
   claim are merged into it.

Speed: vocabularies run through Aho-Corasick automata over the folded text, a regex only where
one of its cue words occurs (:class:`mapper.scan.Cued`) or at its literal prefixes, with just
the alternatives that start there (:class:`mapper.scan.Prefiltered`); lookups of repeated names
and phrases are memoised.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import PurePath
from urllib.parse import urlparse

from mapper.claimants import PARTY_OF, VOCABULARY
from mapper.extract import confidence, dating, roles
from mapper.extract.attribution import ASIDE, CONTINUES, Attribution, Attributor, carried
from mapper.extract.claims import (
    Draft,
    draft_key,
    fold_headline,
    fold_regions,
    fold_restatements,
    fold_undated,
    one_voice,
    origin,
    past_voices,
    to_claim,
    voice_after,
    voice_of_holder,
)
from mapper.extract.events import (
    EVENT_PRIORITY,
    NO_CASUALTIES,
    TRIGGER_SCAN,
    casualties,
    event_for,
    events_of,
    outbreak,
)
from mapper.extract.mentions import (
    AREA_PRECISIONS,
    MentionFinder,
    anaphors,
    drop_enclosing_areas,
    encloses,
    follow_areas,
    people,
)
from mapper.extract.sentences import Sentence, line_paragraphs, opens_quote, split, starts_quote
from mapper.extract.speakers import SpeakerFinder, surname_hits
from mapper.extract.speech import SPEECH
from mapper.gazetteer import Gazetteer
from mapper.lang import alternation, words
from mapper.match import ClaimantIndex, Matcher
from mapper.model import Claim, DateSpan
from mapper.names import fold
from mapper.reports import Report, file_outlet, file_outlet_words
from mapper.scan import Cued, Hit, Scanner, cue_words

__all__ = ["EVENT_PRIORITY", "Extractor", "ReportResult", "extract_files"]

# Another voice confirming what was just told ("The Russian Defence Ministry confirmed the
# incident").
_CONFIRMED = Cued(re.compile(rf"(?<!\w)(?:{alternation('CONFIRMED_IT')})", re.I),
                  cue_words(words("CONFIRMED_IT")))
# Unnamed sources and media as a sentence's voice ("local media wrote", "selon des sources").
_SOURCES = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, VOCABULARY["SRC"])) + r")(?!\w)",
                      re.I)


def _from_unnamed_sources(sent: Sentence) -> bool:
    """True when a sentence says what it tells comes from unnamed sources or media."""
    return bool(sent.verbs) and _SOURCES.search(sent.text) is not None


#: Sentences after a claim that may add events or casualties to it without naming its place.
ADD_REACH = 3
#: Sentences back that "For example, ..." goes on with.
CONTINUE_REACH = 2
#: Characters from a capital back to its event word and on to it, for the capital to be a
#: site: an object may stand after a long apposition ("struck the capital of X, Stepanakert"),
#: a subject comes just before its verb ("Stepanakert came under fire").
VOICE_EVENT_REACH = (60, 40)
#: Kinds of places that are lines, recorded by one point at an end ("the Hakari river"): where
#: along them something happened the name does not say, so they are never a claim's site.
LINES = frozenset({"river"})


class Extractor:
    """Extract claims from reports against one gazetteer; build once, use for many reports."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = Matcher(gazetteer)
        self.claimant_index = ClaimantIndex(gazetteer)
        self.scanner = Scanner(gazetteer)
        # Reports repeat the same few claimants, places and unknown names: resolve each once.
        lookup = functools.lru_cache(maxsize=8192)(self.matcher.lookup)
        self.mentions = MentionFinder(gazetteer, self.matcher, lookup)
        self.attributor = Attributor(gazetteer, self.scanner)
        self.speakers = SpeakerFinder(self.claimant_index)
        self._resolve = functools.lru_cache(maxsize=4096)(self.claimant_index.resolve)
        self._display_names = functools.lru_cache(maxsize=None)(gazetteer.display_names)

    def outlet_reading(self, outlet: str) -> str | None:
        """A note when a report's outlet, as its front matter or flag names it, is read as a
        claimant of the table written otherwise ("Кавказский вестник" as Vestnik Kavkaza, by
        key; a name spelt almost so): the user may mean another; None when it is written as the
        table writes it, or the table lacks it (kept as written)."""
        m = self.claimant_index.match(outlet)
        if not m.known or m.method == "exact":
            return None
        return (f"outlet {outlet!r} read as {self.gazetteer.claimants[m.claimant].name} "
                f"({m.claimant}; {m.method} {m.score:.2f}); an outlet the claimant table lacks "
                "is kept as written")

    def outlet_named(self, path: str) -> str | None:
        """The outlet or body a dated file's name names ("apa-2022-09-13.md", "en-news-am-2021-
        04-21.txt"), as the claimant table knows it exactly or by key; None otherwise (not a
        side's generic voice nor witnesses: "armenia-2022-09-13.txt" is a file about Armenia)."""
        for name in file_outlet_words(path):
            m = self.claimant_index.match(name)
            if (m.known and m.method in ("exact", "key")
                    and self.gazetteer.claimants[m.claimant].kind not in NOT_AN_AUTHOR):
                return name
        return None

    def extract(self, report: Report) -> list[Claim]:
        """The claims of one report, in text order."""
        text = report.text
        folded = fold(text)
        sentences = split(text, folded, report.ignored)
        head = _headline_sentence(report, text, folded)
        if head is not None:
            sentences.insert(0, head)
        if not sentences:
            return []
        hits = self.scanner.scan(text, folded)
        if more := surname_hits(text, hits):
            hits = sorted(hits + more)
        # ".../wiki/Hadrut", ".../2020/12/01/tartar-shelled": an address names no place, no day
        urls = _url_spans(text)
        triggers = [(m.start(), m.lastgroup) for m in TRIGGER_SCAN.finditer(text, folded)]
        trigger_starts = [t[0] for t in triggers]
        verbs = [(m.start(), m.end()) for m in SPEECH.finditer(text, folded)]
        verb_starts = [v[0] for v in verbs]
        for s in sentences:
            lo, hi = bisect_left(verb_starts, s.start), bisect_left(verb_starts, s.end)
            s.verbs = [(a - s.start, b - s.start) for a, b in verbs[lo:hi] if b <= s.end]
        dates, anchor = dating.report_dates(text, report.published, report.lang or None)
        if urls:
            dates = [d for d in dates if not _inside(d.start, urls)]
        # the page's own dates (front matter, a time stamp) end the report's frame of days; they
        # date no sentence: a claim after a stamp takes its own day, or the frame
        page = dating.page_dates(text, dates, report.published)
        all_dates, dates = dates, [d for d in dates if d.start not in page]
        outlet, named = outlet_of(report)
        if named:
            outlet_id, outlet_name, outlet_side, _ = self._resolve(outlet)
        else:  # a file's name, as written: "report.md" is not the agency Report, "t.md" not TT
            outlet_id, outlet_name, outlet_side = outlet, outlet, "unknown"
        if outlet_side == "unknown" and report.url:  # an outlet the table lacks: its address's
            outlet_side = self._resolve(report.url)[2]  # country's side ("sia.az")
        # A report that is a statement ("Statement of the Ministry of Defence") speaks with the
        # voice of its author wherever it names no other; any other report, with the outlet's.
        voice = self.attributor.headline_voice(report.headline)
        own_voice = (
            Attribution((voice,), (outlet_id, voice)) if voice else
            Attribution((outlet_id,), (outlet_id,))
        )
        starts = [s.start for s in sentences]
        by_sentence: list[list[Hit]] = [[] for _ in sentences]
        for hit in hits:
            i = bisect_right(starts, hit.start) - 1
            if i >= 0 and hit.start < sentences[i].end:
                by_sentence[i].append(hit)
        # places as named, before speakers take some ("the head of X"): what "the village" is
        named_places = [[h for h in hs if h.kind == "place"] for hs in by_sentence]
        anchors = self.speakers.anchors(folded)  # claimants named in forms the aliases lack
        for i, s in enumerate(sentences):
            lo, hi = bisect_left(anchors, s.start), bisect_left(anchors, s.end)
            if lo < hi:
                by_sentence[i] = self.speakers.hits(
                    text, folded, s.start, s.end, by_sentence[i], anchors[lo:hi],
                    report.published.isoformat() if report.published else None)
        date_starts = [d.start for d in dates]
        frame: DateSpan | None = None  # the date of claims nothing else dates: made when needed
        year = anchor.year if anchor else None

        mentions = [self.mentions.find(s, by_sentence[i]) for i, s in enumerate(sentences)]
        if urls:
            mentions = [[m for m in ms if not _inside(m.start, urls)] for ms in mentions]
        people(sentences, named_places, mentions)
        anaphors(sentences, named_places, mentions, self.gazetteer.places,
                 [self.mentions.seats(s, by_sentence[i]) for i, s in enumerate(sentences)])
        self.mentions.settle_homonyms(mentions)
        self.mentions.namesakes_outside(mentions)
        for ms in mentions:
            self.mentions.containers(ms)
        follow_areas(mentions)

        drafts: dict[tuple, Draft] = {}
        history: list[tuple[int, Attribution]] = []  # sentence index, attribution
        # the date a paragraph gave last; its paragraphs end at lines too (line_paragraphs)
        paragraph_date: tuple[tuple[int, int], DateSpan] | None = None
        line_ends = line_paragraphs(text)
        last_date: DateSpan | None = None  # the day spoken of last, for "the same day"
        recent: list[tuple[int, list[Draft]]] = []
        # the date each voice spoke of last: (sentence index, paragraph, date)
        claimant_dates: dict[str, tuple[int, int, DateSpan]] = {}
        quoted: tuple[Attribution, int] | None = None  # an open quote's speaker, its last sentence
        eventful = False  # an event word stands somewhere, even where no place is named
        for i, sent in enumerate(sentences):
            claimant_hits = [h for h in by_sentence[i] if h.kind == "claimant"]
            attribution = self.attributor.of(sent, claimant_hits, history, i,
                                             i > 0 and sentences[i - 1].para == sent.para)
            if attribution is None and quoted is not None and i <= quoted[1]:
                attribution = quoted[0]  # inside a quote that a later sentence attributes
            if attribution is None and opens_quote(sent.text):
                quoted = self.attributor.closing(sentences, by_sentence, i, history)
                attribution = quoted[0] if quoted else None
            if attribution is None and starts_quote(sent.text):
                attribution = self.attributor.quoting(history, i)
            if attribution is None:
                attribution = self.attributor.following(sentences, by_sentence, i, history)
            if (
                attribution is None
                and history
                and CONTINUES.match(sent.text)
                and history[-1][0] >= i - CONTINUE_REACH
            ):
                attribution = carried(history[-1][1])
            if (attribution is None and history and history[-1][0] == i - 1
                    and sentences[i - 1].para == sent.para):
                attribution = carried(history[-1][1])  # the paragraph goes on in the voice it took
            if sent is head:
                attribution = attribution or own_voice
            elif attribution is not None:
                aside = ASIDE.match(sent.text) is not None
                history.append((i, attribution if attribution.aside == aside
                                else replace(attribution, aside=aside)))
            elif history and not sent.verbs and len({h.claimants for _, h in history}) == 1:
                # A report that has given one voice so far goes on in it where no one else
                # speaks: an outlet retelling one ministry's statement over several paragraphs.
                attribution = carried(history[-1][1])
            else:
                attribution = own_voice
            if claimant_hits:  # "the information spread by X about ... is false": X's there
                attribution = self.attributor.untrue(sent, claimant_hits, attribution)

            sdates = dates[
                bisect_left(date_starts, sent.start) : bisect_left(date_starts, sent.end)
            ]
            event_dates, statement_date = dating.classify(
                sent, sdates, attribution, text, folded
            )
            event_dates = dating.up_to(event_dates, sent, sdates, text, anchor)
            if not event_dates:
                event_dates = dating.same_day(sent, last_date)
            else:
                last_date = event_dates[-1][1]
            block = (sent.para, bisect_left(line_ends, sent.start))
            if paragraph_date and paragraph_date[0] != block:
                paragraph_date = None
            lo = bisect_left(trigger_starts, sent.start)
            hi = bisect_left(trigger_starts, sent.end)
            events = events_of(
                sent.text, sent.folded, [(s - sent.start, k) for s, k in triggers[lo:hi]], year
            )
            eventful = eventful or any(kind for _, kind in events)
            places = [m for m in mentions[i] if (m.place is not None or m.candidates or m.text)
                      and not (m.place is not None and m.place.kind in LINES)]
            places = roles.sites(sent, places, events)
            if places and event_dates and all(dating.recalled(span, report.published)
                                              for _, span in event_dates) and outbreak(
                    sent.text, sent.folded):
                # the war's outbreak in a whole region, told weeks on: the report's background
                # (where it began, a district or village, is an incident the report recalls)
                places = [m for m in places
                          if m.place is None or m.place.precision not in ("region", "country")]

            if not places:
                # A sentence that adds to the claims of the same claimant just before it.
                j, targets = recent[-1] if recent else (-1, [])
                if targets and i - j <= ADD_REACH and attribution.own and _CONFIRMED.search(
                        sent.text, sent.folded):
                    # "The Russian Defence Ministry confirmed the incident": its claim there too
                    for d in targets:
                        for claimant in attribution.claimants:
                            k = draft_key(claimant, d.mention, d.date)
                            if k not in drafts:
                                drafts[k] = Draft(claimant, _chain(attribution, claimant,
                                                                   outlet_id),
                                                  d.mention, d.date, d.report_date,
                                                  undated=d.undated)
                                drafts[k].add(sent, set(d.events), NO_CASUALTIES)
                if targets and i - j <= ADD_REACH:
                    found = casualties(sent.text, sent.folded)
                    if events or found[0] is not None or found[1] is not None:
                        counted: set[str] = set()
                        for d in targets:
                            if d.claimant in attribution.claimants:
                                d.add(sent, {k for _, k in events if k},
                                      NO_CASUALTIES if d.claimant in counted else found)
                                counted.add(d.claimant)
                                # "... earlier this week. A farmer said his workers came under
                                # fire on Wednesday": the day within the vaguer span
                                if within := dating.within(d.date, event_dates, sent):
                                    d.date = within
                # "... was blown up by a mine near X. The incident took place on Wednesday":
                # the day of the claims whose sentence named none
                if targets and i - j <= ADD_REACH and (
                        told := dating.occurred(sent, event_dates)) is not None:
                    for d in targets:
                        if d.borrowed:
                            d.date, d.borrowed, d.undated = told, False, False
                if event_dates:
                    paragraph_date = (block, event_dates[-1][1])
                elif statement_date is not None and any(k for _, k in events):
                    paragraph_date = (block, DateSpan(statement_date, statement_date, "day",
                                                          statement_date.isoformat()))
                continue
            found = casualties(sent.text, sent.folded)
            # A place named where no event word stands, in a report that tells of incidents,
            # is a claim of an unknown event: unless the sentence says all was calm, or it is a
            # capital (a voice) or a name that speaks ("Ivanyan said").
            quiet = not any(k for _, k in events) and found == NO_CASUALTIES
            if quiet:
                if roles.calm(sent):
                    if event_dates:
                        paragraph_date = (block, event_dates[-1][1])
                    continue
                places = [m for m in places if m.place is not None
                          and m.place.id not in self.mentions.voices
                          and not roles.speaks(sent, m.start, m.end)]

            # A place that is also a side's voice (a capital) is a site only next to its event
            # ("shelling in Stepanakert"), not where it is a venue or an actor elsewhere in the
            # sentence ("Baku's efforts to ...", "a meeting in Yerevan after the shelling").
            places = [m for m in places if m.place is None
                      or m.place.id not in self.mentions.voices
                      or m.place.precision in AREA_PRECISIONS
                      or any(k and -VOICE_EVENT_REACH[0] <= o - (m.start - sent.start)
                             <= VOICE_EVENT_REACH[1] for o, k in events)]
            # An area is where the places in it lie only when they are sites themselves: not
            # beside a capital named as a voice or a landmark ("near Stepanakert, the capital of
            # Nagorno-Karabakh, a fuel depot blew up": the region is where).
            places = drop_enclosing_areas(places, [o for o, k in events if k])
            made: list[Draft] = []
            counted = set()  # a statement's toll is one count: the first claim of each voice
            placed = attribution.placed([m.start - sent.start for m in places])
            since = dating.goes_on_since(sent, sdates, text, anchor)
            # the names of the sentence, for the list each stands in ("Sisian and Vardenis the
            # next day": the date after the list is each name's)
            names = sorted((n.start - sent.start, n.end - sent.start) for n in mentions[i])
            for m in places:
                rel = m.start - sent.start
                if dating.in_past_year(sent, event_dates, rel, report.published):
                    continue  # "since 1991, when Armenian forces occupied X": history
                listed_to = dating.list_end(sent, names, rel, m.end - sent.start)
                event_span = (dating.date_after(sent, event_dates, listed_to)
                              or dating.days_after(sent, event_dates, rel)
                              or dating.nearest_before(event_dates, rel))
                if since and any(s is event_span and at in since for at, s in event_dates):
                    # "under blockade since December 12": told as of now, not of its start
                    event_span = None
                undated = False
                if event_span is not None:
                    span = event_span
                elif statement_date is not None:
                    span, undated = dating.on_or_before(statement_date), True
                elif (last := dating.recent(claimant_dates, attribution.claimants, i,
                                             sent.para)) is not None:
                    span = last  # the same voice goes on about the same events
                elif paragraph_date is not None:
                    # the paragraph's own day before a voice's from the paragraph before ("В
                    # августе ... [the closures then]" after a paragraph of 12 September)
                    span = paragraph_date[1]
                elif (last := dating.recent(claimant_dates, attribution.claimants, i)) is not None:
                    span = last  # the voice goes on in a new paragraph that names no day
                else:
                    if frame is None:
                        frame = dating.frame(all_dates, text, folded, anchor)
                    span, undated = frame, True
                event = event_for(events, m.start - sent.start)
                for claimant in placed.claimants_at(m.start - sent.start):
                    chain = _chain(attribution, claimant, outlet_id)
                    k = draft_key(claimant, m, span)
                    d = drafts.get(k)
                    if d is None:
                        d = drafts[k] = Draft(claimant, chain, m, span, statement_date,
                                              quiet=quiet, undated=undated,
                                              borrowed=event_span is None)
                    elif not quiet:
                        d.quiet = False
                    d.add(sent, {event} if event else set(),
                          NO_CASUALTIES if claimant in counted else found)
                    counted.add(claimant)
                    made.append(d)
                    claimant_dates[claimant] = (i, sent.para, span)
            if event_dates:
                paragraph_date = (block, event_dates[-1][1])
            if quiet:
                continue
            if made:
                last_date = made[-1].date
            recent.append((i, made))
        # Quiet places count only in a report of incidents (one with an event word somewhere,
        # even in a sentence that names no place), and only where no event named there already
        # makes a claim.
        firm = [d for d in drafts.values() if not d.quiet]
        claimed = {d.mention.place.id for d in firm if d.mention.place is not None}
        quiet_claims = [d for d in drafts.values() if d.quiet
                        and d.mention.place.id not in claimed] if firm or eventful else []
        # ... and an area only where no claim is made at a place inside it (it is context).
        fine = [p for p in (d.mention.place for d in firm)
                if p is not None and p.precision not in AREA_PRECISIONS]
        quiet_claims = [d for d in quiet_claims if not encloses(d.mention.place, fine)]
        retells = functools.partial(self._retells, outlet_side)
        past = past_voices(list(drafts.values()), [(sentences[i].para, a.claimants)
                                                   for i, a in history if a.own],
                           functools.partial(dating.background, published=report.published))
        voices = {c for _, a in history for c in a.claimants}
        folded = one_voice(fold_restatements(fold_headline(firm + quiet_claims, head),
                                             outlet_id),
                           outlet_id, voices, past, retells, _from_unnamed_sources, self._witness)
        if PARTY_OF.get(outlet_side) is not None:
            # (known bodies that speak in the report, not unnamed sources)
            bodies = voices - past - {outlet_id}
            bodies = {c for c in bodies if self._body(c) and self._retells(outlet_side, c)}
            folded = voice_of_holder(folded, outlet_id, outlet_side, bodies, self._side_of,
                                     self.gazetteer.held_by, _from_unnamed_sources)
        if outlet_id in self.gazetteer.claimants and PARTY_OF.get(outlet_side) is None:
            spoken = [(sentences[i].start, a.claimants[0]) for i, a in history
                      if a.own and a.claimants[0] not in past
                      and not self.attributor.media(a.claimants[0])
                      and not self._witness(a.claimants[0])]
            folded = voice_after(folded, outlet_id, spoken, _from_unnamed_sources)
        folded = fold_regions(fold_undated(folded))
        # A quiet place that stays the outlet's own (no body's words it retells), in a report
        # that tells no event, is no one's claim: where a route runs, who visited. Unless the
        # outlet is itself a body that claims (a ministry's site). In a report of incidents it
        # is an unknown event, which the confidence model weighs (a place named there is a
        # claim unless its role says otherwise). Nor is a quiet area anyone's: the province or
        # corridor a statement is about, where it names no event; unless a report of incidents
        # names no other place, when the areas are where it tells them.
        unclaimed = (not named or outlet_id not in self.gazetteer.claimants
                     or self.attributor.media(outlet_id))
        current = [d for d in folded if not dating.background(d.date, report.published)
                   and not dating.ahead(d.date, report.published)]

        def quiet_own(d: Draft) -> bool:
            return not eventful and d.quiet and unclaimed and d.claimant == outlet_id

        def quiet_area(d: Draft) -> bool:
            return d.quiet and d.mention.place.precision in AREA_PRECISIONS

        kept = [d for d in current if not (quiet_own(d) or quiet_area(d))]
        if eventful and not any(d.mention.place is not None for d in kept):
            kept = current
        source = origin(report)
        file_name = None if named else outlet_id
        return [self._claim(report, d, outlet_name, outlet_side, source, file_name)
                for d in kept]

    def _body(self, claimant: str) -> bool:
        """Whether ``claimant`` is a known body: no outlet, people on the spot or unnamed
        sources."""
        c = self.gazetteer.claimants.get(claimant)
        return c is not None and c.kind not in ("media", "witness", "unspecified")

    def _side_of(self, claimant: str) -> str | None:
        c = self.gazetteer.claimants.get(claimant)
        return c.side if c is not None else None

    def _witness(self, claimant: str) -> bool:
        """Whether ``claimant`` is people on the spot (residents, eyewitnesses), not a body."""
        c = self.gazetteer.claimants.get(claimant)
        return c is not None and c.kind == "witness"

    def _retells(self, outlet_side: str, body: str) -> bool:
        """Whether an outlet of ``outlet_side`` may retell ``body``'s account in its own words:
        not another outlet's, nor the other party's."""
        if self.attributor.media(body):
            return False
        c = self.gazetteer.claimants.get(body)
        parties = {PARTY_OF.get(c.side if c else ""), PARTY_OF.get(outlet_side)} - {None}
        return len(parties) < 2

    def _claim(self, report: Report, d: Draft, outlet_name: str, outlet_side: str,
               source: str, file_name: str | None = None) -> Claim:
        """``file_name``: the report's file's name standing for its outlet, kept as written
        (never resolved as a claimant's name)."""
        on = report.published.isoformat() if report.published else None
        if d.claimant == file_name:
            cid, name, side, known = file_name, outlet_name, outlet_side, False
        else:
            cid, name, side, known = self._resolve(d.claimant, on)
        if not known and d.claimant == d.chain[0]:
            name, side = outlet_name, outlet_side
        place_id = d.mention.place.id if d.mention.place is not None else None
        side = self.gazetteer.witness_side(cid, place_id, on) or side
        chain = tuple(self._resolve(c)[1] if c in self.gazetteer.claimants and c != file_name
                      else c for c in d.chain)
        return to_claim(report, d, (cid, name, side), chain, self._display_names, source)


def _chain(attribution: Attribution, claimant: str, outlet_id: str) -> tuple[str, ...]:
    """The chain of one of an attribution's claimants, from the report's outlet to it: up to
    the claimant where the chain names it ("X, citing Y": X's own claim ends at X); a speaker
    of a clause of its own ("Armenia said ..., while Azerbaijan said ...") relays nothing of
    the speaker before it."""
    chain = attribution.chain
    if attribution.parts and claimant in attribution.claimants:
        chain = (claimant,)  # its chain names only its speakers, none relaying another
    else:
        chain = (chain[: chain.index(claimant) + 1] if claimant in chain
                 else (*chain[:-1], claimant))
    return chain if chain[0] == outlet_id else (outlet_id, *chain)


def _headline_sentence(report: Report, text: str, folded: str) -> Sentence | None:
    """The headline read as a sentence of a paragraph of its own (paragraph 0)."""
    if not report.headline:
        return None
    start = report.headline_start
    end = start + len(report.headline)
    return Sentence(start, end, 0, text[start:end], folded[start:end])


#: A web address in a report's text (a Markdown link's target, a pasted link).
_URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\[\]\"'`]+", re.I)


def _url_spans(text: str) -> list[tuple[int, int]]:
    if "http" not in text and "www." not in text:  # the common case, without the regex
        return []
    return [m.span() for m in _URL.finditer(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (position, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]


def outlet_of(report: Report) -> tuple[str, bool]:
    """Who publishes a report: its outlet, else its address's host, else its file's name; and
    whether that names an outlet, which the claimant table may know (a file's name does only
    when it is an address: see :func:`mapper.reports.file_outlet`)."""
    if report.outlet:
        return report.outlet, True
    host = urlparse(report.url).hostname if report.url else None
    if host:
        return host.removeprefix("www."), True
    as_written = file_outlet(report.path)
    return (as_written, False) if as_written else (PurePath(report.path).stem, True)


#: Kinds of claimants no file is named for as its author: a side's voice ("armenia-2022-09-13.txt"
#: is about Armenia), witnesses ("local-...").
NOT_AN_AUTHOR = frozenset({"generic", "unspecified", "witness"})


@dataclass
class ReportResult:
    """What one report file gave: its claims, or the error that stopped it, and notices."""

    path: str
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None
    notices: list[str] = field(default_factory=list)
    unlikely: list[Claim] = field(default_factory=list)  # left out, listed for review

    @property
    def left_out(self) -> int:
        """How many located claims fell below the confidence asked for."""
        return len(self.unlikely)

    @property
    def gave_no_claim(self) -> bool:
        """Read without error, yet no claim found, not even one left out as unlikely (a report
        in a language extraction does not read, or of no incident)."""
        return self.error is None and not self.claims and not self.unlikely


def read_once(results: Iterable[ReportResult]) -> Iterator[ReportResult]:
    """The results, but a report whose claims an earlier one gave (the same file name and
    text: one statement saved in two folders, or named twice) without them, and told so:
    kept, each of its claims came twice with one id."""
    first: dict[str, str] = {}
    for result in results:
        ids = [c.claim_id for c in (*result.claims, *result.unlikely)]
        earlier = next((first[i] for i in ids if i in first), None)
        if earlier is None:
            first.update(dict.fromkeys(ids, result.path))
        else:
            result = replace(result, claims=[], unlikely=[], notices=[
                *result.notices, f"{result.path}: the same report as {earlier} (the same file "
                "name and text): read once"])
        yield result


def extract_files(
    inputs: Iterable[str],
    extractor: Extractor,
    *,
    published: date | None = None,
    outlet: str = "",
    url: str = "",
    lang: str = "",
    encoding: str | None = None,
    stdin: bytes | None = None,
    min_confidence: float | None = None,
) -> Iterable[ReportResult]:
    """Extract claims from report files and folders ('-' reads ``stdin``), one result a file,
    streaming: memory does not grow with the number of reports. A file that cannot be read
    gives a result with ``error`` set; the others go on. Each claim gets its confidence
    (:mod:`mapper.extract.confidence`); located claims below ``min_confidence`` (default: the
    fitted model's threshold) are left out and counted. A model file missing or stale raises
    :class:`mapper.errors.DataError` before any report is read, whatever ``min_confidence``."""
    from mapper.errors import ReportError
    from mapper.reports import iter_report_paths, read_report

    fitted = confidence.model()  # here, not in a report's try below: a bad model is no bug
    threshold = fitted.threshold if min_confidence is None else min_confidence
    for path in iter_report_paths(list(inputs)):
        try:
            report = read_report(
                path,
                data=stdin if path == "-" else None,
                encoding=encoding,
                published=published,
                outlet=outlet,
                url=url,
                lang=lang,
            )
        except ReportError as exc:
            yield ReportResult(path, error=str(exc))
            continue
        if not (report.outlet or report.url) and (named := extractor.outlet_named(path)):
            report = replace(report, outlet=named, notices=[
                *report.notices, f"outlet {named!r} read from the file's name"])
        elif report.outlet and (reading := extractor.outlet_reading(report.outlet)):
            report = replace(report, notices=[*report.notices, reading])
        try:
            claims = extractor.extract(report)
            confidence.rate(claims, len(report.text), fitted)
        except Exception as exc:  # a bug: this report is lost, not the run's others
            yield ReportResult(path, error=f"{path}: internal error (a bug; please report it "
                                           f"with this file): {type(exc).__name__}: "
                                           f"{str(exc)[:200]}")
            continue
        kept, unlikely = confidence.split(claims, threshold)
        yield ReportResult(path, kept, notices=[f"{path}: {n}" for n in report.notices],
                           unlikely=unlikely)
