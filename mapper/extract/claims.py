"""Claims assembled from sentences: one per (claimant, place, date), later sentences adding
events and casualties; then the exported Claim with its quote, span, names and precision."""

from __future__ import annotations

import functools
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from mapper.extract.events import EVENT_PRIORITY, NO_CASUALTIES, Casualties
from mapper.extract.mentions import AREA_PRECISIONS, NEAR_RADIUS_M, PlaceMention, encloses
from mapper.extract.sentences import Sentence
from mapper.model import Claim, DateSpan
from mapper.reports import Report

#: Sentences quoted in one claim at most (a report restating a claim many times).
MAX_QUOTE_SENTENCES = 4


@dataclass
class Draft:
    """A claim being assembled from one or more sentences."""

    claimant: str
    chain: tuple[str, ...]
    mention: PlaceMention
    date: DateSpan
    report_date: date | None
    events: set[str] = field(default_factory=set)
    killed: int | None = None
    wounded: int | None = None
    sentences: list[Sentence] = field(default_factory=list)
    starts: set[int] = field(default_factory=set)  # of the sentences, to add each once
    quiet: bool = False  # made only where no event word stands
    undated: bool = False  # dated by the statement's day or the report's dates, not its own
    borrowed: bool = False  # its sentence named no day: dated by another sentence's
    casualty_notes: list[str] = field(default_factory=list)

    def join(self, other: Draft) -> None:
        """Another draft that tells of this claim: its sentences and event words, not its
        counts."""
        for sent in other.sentences:
            self.add(sent, set(), NO_CASUALTIES)
        self.events |= other.events

    def add(self, sent: Sentence, events: set[str], found: Casualties) -> None:
        """A sentence that says more of this claim."""
        killed, wounded, notes = found
        if sent.start not in self.starts:
            self.starts.add(sent.start)
            self.sentences.append(sent)
            self.keep_largest(killed, wounded)
            self.casualty_notes.extend(notes)
        self.events |= events
        if killed is not None or wounded is not None or notes:
            self.events.add("casualty_report")


    def keep_largest(self, killed: int | None, wounded: int | None) -> None:
        """Counts told again of this claim: restated counts are not added up, the largest
        stands."""
        if killed is not None:
            self.killed = max(self.killed or 0, killed)
        if wounded is not None:
            self.wounded = max(self.wounded or 0, wounded)


def _overlap(a: DateSpan, b: DateSpan) -> bool:
    if None in (a.start, a.end, b.start, b.end):
        return a.start is None and b.start is None
    return a.start <= b.end and b.start <= a.end  # type: ignore[operator]


def _before(a: DateSpan, b: DateSpan) -> bool:
    """True when span a ends before span b starts: a statement made then cannot tell of b."""
    return a.end is not None and b.start is not None and a.end < b.start


#: Days between an earlier dated claim and an undated one that make them two events: "cut the
#: gas again, ... as it has since the blockade began on December 12" (weeks before).
APART_DAYS = 14


def _weeks_before(a: DateSpan, b: DateSpan) -> bool:
    """True when span a ends more than :data:`APART_DAYS` before span b starts."""
    return a.end is not None and b.start is not None and (b.start - a.end).days > APART_DAYS


def fold_restatements(drafts: list[Draft], outlet: str) -> list[Draft]:
    """An outlet restating in its own words what a claimant it names says happened at a place
    (a headline, a summary) makes no claim of its own: its sentences join that claim."""
    named: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.claimant != outlet and d.mention.place is not None:
            named.setdefault(d.mention.place.id, []).append(d)
    out = []
    for d in drafts:
        place = d.mention.place
        if d.claimant == outlet and d.chain == (outlet,) and place is not None:
            same = [o for o in named.get(place.id, []) if _overlap(o.date, d.date)]
            if same:
                same[0].join(d)
                continue
        out.append(d)
    return out


def draft_key(claimant: str, m: PlaceMention, span: DateSpan) -> tuple:
    """One claim per claimant, place (or name, when unlocated) and dates."""
    return claimant, m.place.id if m.place else m.text.casefold(), span.start, span.end


def past_voices(drafts: list[Draft], spoken: list[tuple[int, tuple[str, ...]]],
                history: Callable[[DateSpan], bool]) -> set[str]:
    """The voices all of whose claims are ``history`` ("Recall that on 9 November the
    president's spokesman said ..."): no second voice of the report's own events. ``spoken``
    holds (paragraph, claimants) of the sentences whose voices speak by name there: one that
    also speaks in a paragraph of its own telling no history ("The ministry said the situation
    remained tense.") tells of the present too."""
    told: dict[str, set[int]] = {}  # the paragraphs of each voice's history
    for d in drafts:
        if history(d.date):
            told.setdefault(d.claimant, set()).update(s.para for s in d.sentences)
    past = set(told) - {d.claimant for d in drafts if not history(d.date)}
    return past - {c for para, claimants in spoken for c in claimants
                   if para not in told.get(c, ())}


def one_voice(drafts: list[Draft], outlet: str, voices: set[str], past: set[str],
              retells: Callable[[str], bool],
              elsewhere: Callable[[Sentence], bool],
              witness: Callable[[str], bool] = lambda c: False) -> list[Draft]:
    """A report in which one body alone speaks, besides its outlet, retells that body's
    account: what the outlet tells without naming a speaker (its lead, before the body is
    named; "the statement added" after) is the body's claim, relayed by the outlet, when the
    outlet ``retells`` that body (see :meth:`Extractor._retells`) and no sentence of the claim
    says it comes from ``elsewhere`` ("local media wrote", "selon des sources"). ``voices``
    are all who speak in the report, with a claim of their own or not; ``past`` those whose
    every claim is history (they tell no account of the report's events). A ``witness``
    quoted beside the body (a resident telling what they saw) is no second account the outlet
    could be retelling."""
    bodies = ({d.claimant for d in drafts} | voices) - past - {outlet}
    if len(bodies) > 1:
        bodies = {c for c in bodies if not witness(c)} or bodies
    if len(bodies) != 1 or not retells(next(iter(bodies))):
        return drafts
    body = bodies.pop()
    for d in drafts:
        if d.claimant == outlet and not any(elsewhere(s) for s in d.sentences):
            d.claimant, d.chain = body, (outlet, body)
    return _merged(drafts)


def voice_of_holder(drafts: list[Draft], outlet: str, outlet_side: str, bodies: set[str],
                    side_of: Callable[[str], str | None],
                    held_by: Callable[[str, str | None], str | None],
                    elsewhere: Callable[[Sentence], bool]) -> list[Draft]:
    """What a party's outlet tells in its own voice of a place that an ally of its side held
    that day is the account of that ally's one body that speaks in the report, relayed: an
    Armenian outlet's "shelling of Martuni" beside the words of Karabakh's defence army."""
    by_side: dict[str, set[str]] = {}
    for b in bodies:
        if (side := side_of(b)) is not None:
            by_side.setdefault(side, set()).add(b)
    for d in drafts:
        if (d.claimant != outlet or d.mention.place is None
                or any(elsewhere(s) for s in d.sentences)):
            continue
        holder = held_by(d.mention.place.id, d.date.start.isoformat() if d.date.start else None)
        if holder not in (None, outlet_side) and len(found := by_side.get(holder, ())) == 1:
            body = next(iter(found))
            d.claimant, d.chain = body, (outlet, body)
    return _merged(drafts)


def voice_after(drafts: list[Draft], outlet: str, spoken: list[tuple[int, str]],
                elsewhere: Callable[[Sentence], bool]) -> list[Draft]:
    """What an outlet that is no party to the conflict tells without naming a speaker (its
    lead, a line between two statements) is the account of the source it names next, relayed:
    a wire's "Azerbaijani forces shelled X", then "Armenia's defence ministry said ...".
    ``spoken``: (sentence start, the first claimant it names) of each sentence that names its
    source, in order; a claim no later sentence names a source for stays the outlet's."""
    starts = [start for start, _ in spoken]
    for d in drafts:
        if d.claimant != outlet or any(elsewhere(s) for s in d.sentences):
            continue
        after = bisect_right(starts, min(s.start for s in d.sentences))
        if after < len(spoken):
            body = spoken[after][1]
            d.claimant, d.chain = body, (outlet, body)
    return _merged(drafts)


def _merged(drafts: list[Draft]) -> list[Draft]:
    """Drafts of one claimant at one place on the same days made one: the first stands, with
    the others' sentences and the largest counts told."""
    kept: dict[tuple, Draft] = {}
    for d in drafts:
        key = draft_key(d.claimant, d.mention, d.date)
        if key not in kept:
            kept[key] = d
            continue
        same = kept[key]  # the body's own claim of the same place and days
        same.join(d)
        same.keep_largest(d.killed, d.wounded)
    return list(kept.values())


def fold_undated(drafts: list[Draft]) -> list[Draft]:
    """A claim its sentence does not date (a lead that sums up, "the ministry reported shelling
    of X") joins the same claimant's dated claim at the same place: the report tells of it
    again with its date."""
    dated: dict[tuple[str, str], Draft] = {}
    for d in drafts:
        if not d.undated and d.mention.place is not None:
            dated.setdefault((d.claimant, d.mention.place.id), d)
    out = []
    for d in drafts:
        same = dated.get((d.claimant, d.mention.place.id)) if d.mention.place else None
        if d.undated and same is not None and not _before(d.date, same.date) \
                and not _weeks_before(same.date, d.date):
            same.join(d)
            continue
        out.append(d)
    return out


def fold_headline(drafts: list[Draft], head: Sentence | None) -> list[Draft]:
    """A headline tells in short what the body tells: its claim at a place the body claims, or
    at an area around one, joins the body's claim there. A place only the headline names stays
    a claim of its own. A headline that names its speaker ("Минобороны Армении: ...") where the
    body tells it in the outlet's own voice makes that body claim the speaker's, relayed by
    the outlet: the body restates what the headline attributes, with its day and toll."""
    if head is None:
        return drafts
    body = [d for d in drafts if any(s is not head for s in d.sentences)]
    out = []
    for d in drafts:
        place = d.mention.place
        if place is not None and all(s is head for s in d.sentences):
            same = [o for o in body if o.mention.place is not None
                    and (o.mention.place.id == place.id or encloses(place, [o.mention.place]))]
            if same:
                if len(d.chain) > 1 and same[0].chain == (same[0].claimant,):
                    same[0].claimant, same[0].chain = d.claimant, d.chain
                same[0].join(d)
                continue
        out.append(d)
    return out


#: Events of a claim that tell only of people leaving its place (a toll tells of more: "died
#: when their car hit a mine laid by retreating troops").
LEAVING = frozenset({"withdrawal_evacuation", "unknown"})


def fold_regions(drafts: list[Draft]) -> list[Draft]:
    """A claimant's claim at a region ("in Nagorno-Karabakh") joins its claim, of overlapping
    dates, at another place (one inside the region first): a report that names places names
    the region as where they are, or as the scene it writes of, not as a site of its own. So
    does its claim at a district or province where it makes one at a settlement of it ("shelled
    Kokhanabi ... the Tovuz district"). A region whose claim tells only of people leaving it
    ("refugees from X reached Goris") joins no claim outside it: the crossing they took, the
    town that took them in, are where they went, and the region is the place of the exodus."""
    named: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.mention.place is not None and d.mention.place.kind != "region":
            named.setdefault(d.claimant, []).append(d)
    out = []
    for d in drafts:
        area = d.mention.place
        if area is None or area.precision not in AREA_PRECISIONS:
            out.append(d)
            continue
        # (not where the region's claim names its own day, one day, and the other's is a
        # guess: a claim its sentence does not date, or one that borrowed a span of days from
        # another sentence, which only happens to hold that day; a night or span the region's
        # sentence names is what the place beside it borrows)
        own_day = (not d.undated and not d.borrowed and d.date.start is not None
                   and d.date.start == d.date.end)
        others = [o for o in named.get(d.claimant, []) if _overlap(o.date, d.date)
                  and not (own_day and (o.undated or (o.borrowed and o.date.precision != "day")))]
        points = [o for o in others if o.mention.place.precision not in AREA_PRECISIONS]
        if area.kind == "region":
            inside = [o for o in points if encloses(area, [o.mention.place])]
            if "withdrawal_evacuation" in d.events and d.events <= LEAVING:
                others = []  # where the people who left it went
        else:  # a district: only its own settlements, by the gazetteer
            inside, others = [o for o in points if o.mention.place.admin == area.id], []
        if inside or others:
            (inside or others)[0].join(d)
        else:
            out.append(d)
    return out


def origin(report: Report) -> str:
    """What a report's claim ids are made from: its file's name and its text, not the folder
    it was read from, so that the same report gives the same ids on every machine."""
    digest = hashlib.sha1(report.text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{PurePath(report.path).name}|{digest}"


#: A date span as claim ids have always held it (its dataclass repr, which is slow: memoised;
#: equal spans have equal reprs).
_span_repr = functools.lru_cache(maxsize=4096)(repr)


def to_claim(report: Report, d: Draft, claimant: tuple[str, str, str], chain: tuple[str, ...],
             place_names, source: str) -> Claim:
    """The exported claim of a draft; ``claimant`` is (id, name, side) as resolved,
    ``chain`` the names of the attribution chain, ``place_names`` a place id's display names,
    ``source`` the report's :func:`origin`."""
    cid, name, side = claimant
    m = d.mention
    sentences = sorted(d.sentences, key=lambda s: s.start)
    first, last = sentences[0], sentences[-1]
    quote = " … ".join(s.text for s in sentences[:MAX_QUOTE_SENTENCES])
    if len(sentences) > MAX_QUOTE_SENTENCES:
        quote += f" … (+{len(sentences) - MAX_QUOTE_SENTENCES} more sentences)"
    event = next((e for e in EVENT_PRIORITY if e in d.events), "unknown")
    others = sorted(d.events - {event, "unknown"}, key=EVENT_PRIORITY.index)
    notes = []
    if others:
        notes.append("also: " + ", ".join(others))
    if d.casualty_notes:
        notes.append("casualties: " + "; ".join(d.casualty_notes))
    if m.near:
        notes.append(f"near {m.place.name if m.place else m.text}")
    seed = (f"{source}|{first.start}|{cid}|{m.place.id if m.place else m.text}|"
            f"{_span_repr(d.date)}")
    claim = Claim(
        claim_id="c-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12],
        report=report.path,
        date=d.date,
        place_text=m.text,
        claimant=cid,
        claimant_name=name,
        claimant_side=side,
        claim_chain=chain,
        event_type=event,
        killed=d.killed,
        wounded=d.wounded,
        quote=quote,
        span=(first.start, last.end),
        report_date=d.report_date,
        source=report.outlet,
        url=report.url,
        notes="; ".join(notes),
    )
    if m.place is not None:
        p = m.place
        claim.place_id, claim.place_name = p.id, p.name
        claim.place_names = place_names(p.id)
        claim.lat, claim.lon = p.lat, p.lon
        claim.precision = p.precision
        claim.uncertainty_m = max(p.uncertainty_m, NEAR_RADIUS_M) if m.near else p.uncertainty_m
        claim.method, claim.score = m.method, m.score
    else:
        claim.candidates = m.candidates
        claim.method = "ambiguous" if len(m.candidates) > 1 and m.score >= 0.9 else "unresolved"
        claim.problems.append(f"place {m.text!r} is {claim.method}")
    return claim
