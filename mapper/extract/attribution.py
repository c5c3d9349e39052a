"""Who says each sentence: a claimant named with a speech verb or after "according to", a
pronoun or "the statement" referring back, a quote closed by its speaker, a sentence going on
with the one before; otherwise the outlet (or the body whose statement the report is)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from mapper.extract.events import CASUALTY_SCAN, TRIGGER_SCAN
from mapper.extract.roles import event_object
from mapper.extract.sentences import Sentence, closes_quote
from mapper.extract.speakers import country_side
from mapper.extract.speech import ACCORDING, CITING, after_quote, speech_after, speech_before
from mapper.gazetteer import Gazetteer
from mapper.lang import alternation, words
from mapper.scan import Cued, Hit, Scanner, cue_words

#: Sentences back that a pronoun or "the statement" may refer to.
BACK_REACH = 4
#: Sentences of a quote read for the attribution that closes it.
QUOTE_REACH = 8

_ARTICLES = alternation("ARTICLES")
# "According to it", "selon elle", "по словам представителя ведомства": the last claimant named.
_ACCORDING_BACK = Cued(
    re.compile(rf"(?:{alternation('ACCORDING_BACK')})\s+(?:(?:{_ARTICLES})\s+)?"
               rf"(?:{alternation('BACK_PRONOUNS')})\b", re.I),
    cue_words(words("ACCORDING_BACK")),
)
# A subject that refers back to the last claimant named.
_BACKREF = re.compile(
    rf"(?:^|[,;:“”\"«»]\s*|\b)(?:(?:{alternation('BACK_DETERMINERS')})\s+)?"
    rf"(?:{alternation('BACK_SUBJECTS')})\s+(?:(?:{alternation('BACK_ADVERBS')})\s+)?$",
    re.I,
)
# Speech nobody is named for, opening a sentence ("Отмечается, что ..."): the last voice's.
_IMPERSONAL = re.compile(rf"^[\W_]*(?:{alternation('IMPERSONAL_OPENING')})(?!\w)", re.I)
# A person named by name after a closing quote (',” Harutyunyan said'): the official whose
# body was named last, as a pronoun would be.
_NAMED_AFTER_QUOTE = re.compile(r"[,.]?\s*[”\"»]\s*,?\s*(?:[A-ZÀ-ÞА-ЯЁ][\w'’-]+\s+){1,3}$")
# After a claimant, what it is said to claim ("the statement of X, claiming that ...", "X's
# claims that ...", "l'affirmation de X selon laquelle"): a claim nested in another's words.
_CLAIMING = Cued(
    re.compile(rf"[^.;:!?\"“”«»]{{0,40}}?(?<!\w)(?:{alternation('CLAIMING')})(?!\w)", re.I),
    cue_words(words("CLAIMING")),
)
# "denied Baku's claims", "опровергло заявление Баку": the body whose words are denied.
# From a claimant whose statement is denied to the word of that statement ("Baku's report",
# "Pashinyan's provocative claims") ...
# ("Azerbaijani reports", "армянские утверждения": an owner named by its adjective) ...
_STATEMENT_OF_DENIED = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?")
_DENIED_STATEMENT_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{alternation('DENIED_STATEMENT')})(?!\w)", re.I)
# ... or that word before its owner ("сообщение азербайджанской стороны", "the statement of the
# ministry", "les informations de Bakou")
_DENIED_STATEMENT_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation('DENIED_STATEMENT')})\s*"
    rf"(?:(?:{alternation('DENIED_STATEMENT_LINKS')})(?:\s+|(?<=['’])))?$", re.I)
_DENYING = re.compile(rf"(?:{alternation('DENYING')})(?!\w)", re.I)
# ... or by its country's adjective alone before it, right after the denying verb ("denied
# Azerbaijani reports that", "опровергло армянские утверждения"; not an adjective after the
# word, which is often the accused's: "обвинения азербайджанской армии").
_ADJECTIVE_STATEMENT = re.compile(
    rf"\s+(?:(?:{alternation('DENIAL_ARTICLES')})\s+)?(?P<adjective>[^\W\d_]+)\s+"
    rf"(?:{alternation('DENIED_STATEMENT')})(?!\w)", re.I)
# "the information spread by X about ... is false", "les informations publiées par X sur ...
# sont un mensonge": X's words, which the speaker calls untrue: where they place an event is X's
# claim. The word of the statement and how it went round, before its owner ...
_SPREAD_STATEMENT_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation('DENIED_STATEMENT')}),?\s+(?:{alternation('STATEMENT_SPREAD')})\s+"
    rf"(?:(?:{_ARTICLES})\s+)?$", re.I)
# ... and the word that calls them untrue, after it.
_FALSEHOOD = re.compile(rf"(?<!\w)(?:{alternation('FALSEHOOD')})(?!\w)", re.I)
_DENIED = re.compile(rf"(?<!\w)(?:{alternation('DENYING')})\s+(?!by\s|par\s)"
                     rf"(?:[\w'’-]+\s+){{0,4}}$", re.I)
# "..., but Baku denied it": a speaker who denies what was told claims nothing of it; nor does
# one whose denial ends the sentence, what it denies told before it ("..., which Baku denied.",
# "..., a claim Yerevan rejected.", "..., ce que Bakou a démenti.").
_DENIES_IT = re.compile(rf"(?:{alternation('DENYING')})(?:\s+(?:{alternation('DENIED_OBJECT')})"
                        rf"|(?=\s*(?:[.;!?]|$)))", re.I)
# ... unless it goes on to give its own account ("denied the report, saying ..."): that is its
# claim.
_THEN_SAYING = re.compile(rf"\s*,\s*(?:{alternation('DENIAL_THEN_SAYING')})(?!\w)", re.I)
# "in a letter to UNESCO's Director-General, ...": the one written to, not a voice.
_ADDRESSED = re.compile(rf"(?<!\w)(?:{alternation('ADDRESSED')})\s+"
                        rf"(?:(?:{alternation('ARTICLES')})\s+|[ld]['’])?$", re.I)
# "..., said a ministry statement": the subject after the verb refers back.
_CLAUSE_END = re.compile(r"[,”\"»]\s*$")
_BACKREF_AFTER = re.compile(
    rf"\s+(?:(?:{alternation('APPOSITION_ARTICLES')})\s+)?(?:{alternation('BACK_PRONOUNS')})(?!\w)",
    re.I)
_ABOUT_THIS = re.compile(rf"^[\s“\"«]*(?:{alternation('ABOUT_THIS')})\b", re.I)
# "The Interior Ministry reported the incident on 9 October": the speaker of what was just told.
_REPORTED_IT = re.compile(rf"\s+(?:{alternation('REPORTED_IT')})(?!\w)", re.I)
# Sentence openings that continue the previous sentence's account.
ASIDE = re.compile(rf"^[\s“\"«]*(?:{alternation('ASIDE_OPENING')})(?!\w)", re.I)
CONTINUES = re.compile(
    rf"^[\s“\"«]*(?:(?:{alternation('CONTINUES_LEAD')})\s+)?(?:{alternation('CONTINUES')})\b",
    re.I,
)
# Headlines of statements: "Statement of the Ministry of Defence", "Заявление МИД Армении",
# "Communiqué du ministère ...".
_STATEMENT_OF = re.compile(rf"^\W*(?:{alternation('STATEMENT_OF')})$", re.I)
_STATEMENT_AFTER = re.compile(rf"^['’]?s?\s+(?:{alternation('STATEMENT_AFTER')})\b", re.I)
# A claimant that opens a sentence (or a headline) before a colon ("Armenian MoD: enemy units
# shelled Sotk", "Минобороны Армении: ..."): what follows is its statement.
_OPENS = re.compile(rf"^[\W_]*(?:(?:{_ARTICLES})\s*)?$", re.I)
_COLON = re.compile(r"[»”\"]?\s?:\s")  # after the name, or the quotation mark closing it
# A claimant that closes a headline after a dash ("... в Нагорном Карабахе — Минобороны
# Армении"): what stands before it is its statement. A headline takes no full stop: a sentence
# closed by one names after its dash whom it speaks of ("Fire on Sotk came from one side only —
# Azerbaijan."), not its speaker.
_DASH_BEFORE = re.compile(r"\S\s+[-–—]\s+$")
_CLOSES_HEADLINE = re.compile(r"[\s!?\"»”]*$")
_DASH_BETWEEN = re.compile(r"\s*[-–—]\s*")


@dataclass
class Attribution:
    claimants: tuple[str, ...]  # canonical ids (or text as written when unknown)
    chain: tuple[str, ...]
    speech_end: int = -1  # where the reported clause starts (after the speech verb)
    statement_start: int = -1  # where the attribution begins (a date before it dates it)
    own: bool = False  # True when this sentence names its claimant itself
    according: bool = False  # named by "according to" alone: no speech verb to date
    aside: bool = False  # told as what was said before ("Earlier, X reported ...")
    # where each speaker's clause begins, when a sentence gives two sides' words ("Armenia
    # said ..., while Azerbaijan said ..."): (offset in the sentence, that clause's claimants)
    parts: tuple[tuple[int, tuple[str, ...]], ...] = ()
    # where the sentence tells another's words that its speaker calls untrue ("the information
    # spread by X about ... is false, the ministry said"): (start, end, their owners)
    untrue: tuple[tuple[int, int, tuple[str, ...]], ...] = ()

    def claimants_at(self, offset: int) -> tuple[str, ...]:
        """The claimants whose words stand at ``offset`` of the sentence."""
        owners = next((c for a, b, c in self.untrue if a <= offset < b), None)
        if owners is not None:
            return owners
        return next((c for start, c in reversed(self.parts) if start <= offset),
                    self.claimants)

    def placed(self, offsets: list[int]) -> Attribution:
        """The attribution with the clauses that name none of the places at ``offsets`` joined
        to the clause before: their speaker tells of the places already named ("X reported
        shots at the checkpoint on the road; Y reported the same incident")."""
        if not self.parts:
            return self
        parts: list[tuple[int, tuple[str, ...]]] = []
        for k, (start, claimants) in enumerate(self.parts):
            end = self.parts[k + 1][0] if k + 1 < len(self.parts) else None
            if parts and not any(start <= o and (end is None or o < end) for o in offsets):
                parts[-1] = (parts[-1][0], tuple(dict.fromkeys((*parts[-1][1], *claimants))))
            else:
                parts.append((start, claimants))
        return replace(self, parts=tuple(parts))


History = list[tuple[int, Attribution]]  # (sentence index, attribution), in text order


def carried(att: Attribution) -> Attribution:
    """An attribution that goes on into a sentence that does not name the speaker: where the
    speech stood in its own sentence says nothing of this one, so no date here is taken for
    the statement's ("It happened on Tuesday near X", after "The ministry recorded ...").
    After a sentence of two sides' clauses, the voice of the last goes on."""
    if att.parts:
        last = att.parts[-1][1]
        chain = last if att.chain == att.claimants else (*att.chain[:-1], *last)
        return replace(att, claimants=last, chain=chain, speech_end=-1, statement_start=-1,
                       parts=(), untrue=())
    return replace(att, speech_end=-1, statement_start=-1, untrue=())


# A clause of its own after a speaker's words: "..., while Baku said", "...; Baku said".
_CONTRAST = re.compile(rf"(?:[,;]\s*(?:{alternation('CLAUSE_STOPS')})|;)\s", re.I)


def _clauses(text: str, found: list[tuple[int, str, int]], inverted: set[int]
             ) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The clauses of a sentence where speakers of different bodies each open their own
    ("Armenia said troops attacked X, while Azerbaijan said its posts near Y were shelled"),
    as (start, claimants); () unless every speaker stands before its verb and a contrast
    ("while", "but", a semicolon) parts each from the words of the one before."""
    if len(found) < 2 or any(pos in inverted for pos, _, _ in found):
        return ()
    parts: list[tuple[int, tuple[str, ...]]] = [(0, (found[0][1],))]
    for (_, prev, prev_end), (pos, cid, _) in pairwise(found):
        stops = list(_CONTRAST.finditer(text, prev_end, pos))
        if cid == prev or not stops:
            return ()
        parts.append((stops[-1].start(), (cid,)))
    return tuple(parts)


_POSSESSIVE_S = re.compile(r"['’]s\s+")
# Between a body's name and the place where it is: "the OSCE office in Yerevan".
_SEATED_IN = re.compile(rf"^\s+(?!(?:{alternation('CITING')})\s)"  # not "X со ссылкой на Y"
                        rf"(?:(?-i:[a-zа-яё])\w*\s+){{0,2}}(?:{alternation('SEATED_IN')})\s+"
                        rf"(?:(?:{_ARTICLES})\s+)?$", re.I)
# A name joined by a dash to the next ("Stepanakert-Goris", "Степанакерт – Горис"): one end
# of a road or border.
_PAIR_AFTER = re.compile(r"\s?[-–]\s?[A-ZА-ЯЁ]\w")


_CLAUSE_END = re.compile(r"[,.;:!?]")


def _event_in(sent: Sentence, start: int, end: int) -> bool:
    """True when an event word (not a threat) or a casualty word stands in
    ``sent.text[start:end]``."""
    text, folded = sent.text[start:end], sent.folded[start:end]
    return (any(m.lastgroup != "statement_threat" for m in TRIGGER_SCAN.finditer(text, folded))
            or CASUALTY_SCAN.search(text, folded) is not None)


# "wounded by Azerbaijani forces", "обстрелу со стороны армянских сил": who acted in the event.
_AGENT = re.compile(
    rf"(?<!\w)(?:{alternation('AGENT_BEFORE')})\s+(?:(?:{_ARTICLES})\s+)?$", re.I)
_AGENT_CLAUSE_END = re.compile(r"[;:\"”»]")
#: Characters before an agent's "by" where the event word stands.
AGENT_REACH = 60


def _agent(sent: Sentence, start: int) -> bool:
    """True when the name at ``start`` (in the sentence) is the agent of an event word before
    it ("wounded by Azerbaijani forces"): who acted, not who speaks."""
    by = _AGENT.search(sent.text, max(0, start - 30), start)
    if by is None:
        return False
    # the event word stands in the agent's own clause: not in a quote that closes before it
    # ('"... fired at X," the statement by the ministry said': the ministry speaks)
    ends = list(_AGENT_CLAUSE_END.finditer(sent.text, max(0, by.start() - AGENT_REACH),
                                           by.start()))
    return _event_in(sent, ends[-1].end() if ends else max(0, by.start() - AGENT_REACH),
                     by.start())


def _untrue(sent: Sentence, h: Hit) -> tuple[int, int] | None:
    """Where the words of the claimant named at ``h`` begin and end in the sentence when they
    are named as a statement that went round and called untrue after ("the information spread
    by X about ... is false"), else None."""
    rel_s, rel_e = h.start - sent.start, h.end - sent.start
    spread = _SPREAD_STATEMENT_BEFORE.search(sent.text, max(0, rel_s - 60), rel_s)
    false = _FALSEHOOD.search(sent.text, rel_e) if spread else None
    return (spread.start(), false.start()) if spread and false else None


def _acts_before(sent: Sentence, name_end: int, verb_end: int) -> bool:
    """True when an event word stands between a name and the speech verb after it: the name
    is who acted ("Armenian forces shelled X on Monday, the ministry says"), not who speaks."""
    return _event_in(sent, name_end, next(a for a, b in sent.verbs if b == verb_end))


def _acts_after(sent: Sentence, name_end: int) -> bool:
    """True when an event word follows a name in its clause: "..., said Azerbaijani forces
    shelled X", where the name is who acted in what was said, not who speaks."""
    end = _CLAUSE_END.search(sent.text, name_end)
    return _event_in(sent, name_end, end.start() if end else len(sent.text))


# A sentence that opens with its source: "According to the ministry, ...", "По сообщению X, ...".
# (matched at a sentence's start only: a cheap test before its attribution is read)
_ACCORDING_FIRST = rf"[\W_]*(?:{alternation('ACCORDING')})"
_OPENS_ACCORDING = re.compile(rf"{_ACCORDING_FIRST}\s", re.I)
# ... and nothing but those words before the source it names
_OPENED_BY_SOURCE = re.compile(
    rf"{_ACCORDING_FIRST}\s+(?:(?:{alternation('ACCORDING_ROLES')})\s+)?"
    rf"(?:(?:{_ARTICLES})\s*)?[\"«“„]?", re.I)


def _denies(sent: Sentence) -> bool:
    """Whether the sentence's first speech verb is a denial ("Baku denied ...")."""
    return bool(sent.verbs) and _DENYING.match(sent.text, sent.verbs[0][0]) is not None


def _only_denied(sent: Sentence, denied: list[Hit]) -> tuple[str, ...]:
    """The claimants whose statement a sentence's speaker denies and says no more of ("the
    ministry denied Baku's report about the shelling of X", "refuted claims by the Armenian
    side that ..."; the word of the statement denied aside): what it tells is the claim denied,
    theirs. () when the speaker says more, or denies nobody's statement."""
    text = sent.text
    if (denied and _denies(sent)
            and all(any(_STATEMENT_OF_DENIED.fullmatch(text, h.end - sent.start, a)
                        # ... or the word right before it ("claims by the Armenian side")
                        or _DENIED_STATEMENT_BEFORE.fullmatch(text, a, h.start - sent.start)
                        for h in denied) for a, _ in sent.verbs[1:])
            and "," not in text[denied[-1].end - sent.start :]):  # not ", saying ..."
        return tuple(dict.fromkeys(h.ids[0] for h in denied))
    return ()


class Attributor:
    """Attributes sentences to claimants of one gazetteer."""

    def __init__(self, gazetteer: Gazetteer, scanner: Scanner) -> None:
        self.gazetteer = gazetteer
        self.scanner = scanner

    def headline_voice(self, headline: str) -> str | None:
        """The claimant whose statement the report is, when its headline says so."""
        for h in self.scanner.scan(headline) if headline else ():
            if h.kind == "claimant" and (
                _STATEMENT_OF.search(headline[: h.start])
                or _STATEMENT_AFTER.match(headline[h.end :])
            ):
                return h.ids[0]
        return None

    def _route(self, text: str, start: int, end: int) -> bool:
        """Whether the claimant at [start, end) of ``text``, after a dash, ends a pair the name
        before the dash opens: a route or range of two places ("на трассе Горис —
        Степанакерт", "the highway Goris — Stepanakert") or two sides ("talks Armenia —
        Azerbaijan"), no speaker; not a side's body after a place of its own ("shelled Sotk in
        Armenia — Armenian MoD")."""
        hits = self.scanner.scan(text)
        after = {self._side(h) for h in hits if (h.start, h.end) == (start, end)}
        before = [h for h in hits if _DASH_BETWEEN.fullmatch(text, h.end, start)]
        return any(h.kind == "claimant" and self._side(h) not in after for h in before) or (
            any(h.kind == "place" for h in before) and any(
                h.kind == "place" and (h.start, h.end) == (start, end) for h in hits))

    def _side(self, hit: Hit) -> str | None:
        claimant = self.gazetteer.claimants.get(hit.ids[0]) if hit.kind == "claimant" else None
        return claimant.side if claimant else None

    def of(self, sent: Sentence, claimant_hits: list[Hit], history: History,
           index: int, same_para: bool = False) -> Attribution | None:
        """The attribution a sentence makes itself, or by referring back; None otherwise.
        ``same_para``: the sentence before is of the same paragraph (an aside told there is
        what a reference back goes on with: "Earlier, X said ... . The ministry added ...")."""
        text = sent.text
        for h in claimant_hits:  # "X's statement claiming that ...": X's claim, nested
            rel_e = h.end - sent.start
            nested = _CLAIMING.match(text, sent.folded, rel_e, rel_e + 60)
            if nested and not any(h.end <= o.start and o.end - sent.start <= nested.end()
                                  for o in claimant_hits):  # the name nearest the claim owns it
                return Attribution((h.ids[0],), (h.ids[0],), nested.end(), h.start - sent.start,
                                   True)
        for h in claimant_hits[:1]:  # "Armenian MoD: enemy units shelled Sotk"
            rel_s, rel_e = h.start - sent.start, h.end - sent.start
            if _OPENS.match(text, 0, rel_s) and (colon := _COLON.match(text, rel_e)):
                return Attribution((h.ids[0],), (h.ids[0],), colon.end(), rel_s, True)
        for h in claimant_hits[-1:]:  # "Azerbaijan shelled Sotk — Armenian MoD" (a headline's)
            rel_s, rel_e = h.start - sent.start, h.end - sent.start
            if (_DASH_BEFORE.search(text, 0, rel_s) and _CLOSES_HEADLINE.match(text, rel_e)
                    and not self._adjective(h) and not self._route(text, rel_s, rel_e)):
                return Attribution((h.ids[0],), (h.ids[0],), rel_e, rel_s, True)
        # "the peacekeeping mission in Artsakh": the place a body is in is no voice of its own
        claimant_hits = [h for k, h in enumerate(claimant_hits)
                         if not (k and _SEATED_IN.match(sent.text[claimant_hits[k - 1].end
                                                                  - sent.start:h.start
                                                                  - sent.start]))]
        found: list[tuple[int, str, int]] = []  # (position, claimant id, speech end)
        inverted: set[int] = set()  # where the verbs start whose speaker follows them
        according = []  # the found named by "according to"
        starts = {h.start - sent.start for h in claimant_hits}
        owners = {h.end for h in claimant_hits
                  if (m := _POSSESSIVE_S.match(text, h.end - sent.start)) and m.end() in starts}
        denied: list[Hit] = []  # whose statements are denied
        for h in claimant_hits:
            if h.end in owners:
                continue  # "Armenia's Pashinyan said": Pashinyan speaks, for Armenia
            rel_s, rel_e = h.start - sent.start, h.end - sent.start
            if _untrue(sent, h) is not None:
                continue  # "the information spread by X about ... is false": X is no speaker
            if _DENIED.search(text, max(0, rel_s - 60), rel_s):
                if (_DENIED_STATEMENT_AFTER.match(text[rel_e : rel_e + 40])
                        or _DENIED_STATEMENT_BEFORE.search(text, max(0, rel_s - 30), rel_s)):
                    denied.append(h)  # whose statement is denied, named with it
                continue  # "the ministry denied Baku's statement and said ...": Baku's is denied
            if _ADDRESSED.search(text, max(0, rel_s - 40), rel_s):
                continue  # "in a letter to UNESCO, Pashinyan said": UNESCO is written to
            verb_end = speech_after(sent, rel_e, _event_in)
            if verb_end is not None and "," in text[rel_e:verb_end] and self._adjective(h):
                verb_end = None  # "in the Armenian province of X, said ...": not a speaker
            if verb_end is not None and event_object(sent, h.start):
                verb_end = None  # "shelled Stepanakert on Monday, the ministry said"
            if verb_end is not None and (_acts_before(sent, rel_e, verb_end)
                                         or _agent(sent, rel_s)):
                verb_end = None  # "Armenian forces shelled X, says the ministry": who acted
            if verb_end is not None and _PAIR_AFTER.match(text, rel_e):
                verb_end = None  # "the Stepanakert-Goris road, the ministry said": a road's end
            if verb_end is not None and (denial := _DENIES_IT.match(
                    text, next(a for a, b in sent.verbs if b == verb_end))) and not (
                    # (unless it opens the sentence and gives its own account after)
                    h is claimant_hits[0] and "," not in text[:rel_s]
                    and _THEN_SAYING.match(text, denial.end())):
                continue  # "..., the ministry said, but Baku denied it": Baku claims nothing
            if verb_end is not None:
                found.append((rel_s, h.ids[0], verb_end))
            elif ACCORDING.search(text, sent.folded, rel_s - 40, rel_s):
                found.append((rel_s, h.ids[0], rel_e))
                according.append(found[-1])
            elif ((verb := speech_before(sent, rel_s, rel_e)) is not None
                  and not _acts_after(sent, rel_e)):
                found.append((verb[0], h.ids[0], rel_e))  # the statement starts at its verb
                inverted.add(verb[0])
        if not denied and (owner := self._denied_by_adjective(sent)) is not None:
            denied.append(owner)
        # A verb whose subject follows it ("..., сообщает Минобороны") has no subject before
        # it: a name there is in what was said ("позиции ВС Азербайджана, расположенные в X").
        inverted_ends = {end for start, end in sent.verbs if start in inverted}
        # (f[2] of a name before its verb is where that verb ends)
        found = [f for f in found if f[0] in inverted or f[2] not in inverted_ends]
        if found:
            # Several bodies of one statement ("the ministry and the service declared") each
            # make the claim; "X, citing Y" nests Y inside X. Names after one verb share its
            # position: they keep the order they are named in ("..., reports X citing Y").
            found.sort(key=lambda f: f[0])
            ids = tuple(dict.fromkeys(c for _, c, _ in found))
            speech_end = max(e for _, _, e in found)
            start = found[0][0]
            citing = CITING.search(text, sent.folded, start)
            relays = [c for c in ids if self.media(c)]
            if citing and len(ids) > 1 and start + citing.start() < speech_end + 40:
                chain: tuple[str, ...] = ids
                claimants: tuple[str, ...] = (ids[-1],)
            elif relays and len(relays) < len(ids):
                # "X said ..., Sputnik reports": an outlet named beside a body relays its words
                claimants = tuple(c for c in ids if c not in relays)
                chain = (*relays, *claimants)
            elif (relays and _ACCORDING_BACK.search(text, sent.folded)
                  and (body := self._body_back(history, index)) is not None):
                # "According to the ministry, ..., Sputnik reports": the outlet relays the
                # words of the body named before
                claimants = body.claimants
                chain = (*relays, *claimants)
            else:
                chain = ()
                claimants = ids
            claimants = self._defer_generic(claimants, history, index)
            parts = _clauses(text, found, inverted) if claimants == ids and not chain else ()
            if parts:
                # each clause's own speech: the first verb's end opens the first one's words
                return Attribution(claimants, claimants, found[0][2], start, True,
                                   parts=parts)
            if (ids := _only_denied(sent, denied)) and not set(ids) & set(claimants):
                claimants, chain = ids, ()
            return Attribution(claimants, chain or claimants, speech_end, start, True,
                               len(according) == len(found))
        # "..., the statement claimed" / "it added" / "according to it": the last claimant named.
        if not history or history[-1][0] < index - BACK_REACH:
            return None
        backref = _ACCORDING_BACK.search(text, sent.folded) or _IMPERSONAL.match(text)
        if backref:
            prev = self._referent(history, index, same_para)
            return Attribution(prev.claimants, prev.chain, backref.end(), backref.start(), True)
        for verb_start, verb_end in sent.verbs:
            before = text[max(0, verb_start - 40) : verb_start]
            if (_BACKREF.search(before) or _NAMED_AFTER_QUOTE.search(before)
                    or after_quote(sent, verb_start)
                    or (_CLAUSE_END.search(before)
                        and _BACKREF_AFTER.match(text, verb_end, verb_end + 40))):
                if ids := _only_denied(sent, denied):  # "the spokesman refuted claims by X"
                    return Attribution(ids, ids, verb_end, verb_start, True)
                prev = self._referent(history, index, same_para)
                return Attribution(prev.claimants, prev.chain, verb_end, verb_start, True)
        return None

    def _denied_by_adjective(self, sent: Sentence) -> Hit | None:
        """The side's unnamed sources whose statement a sentence's first verb denies, naming
        them by their country's adjective alone ("denied Azerbaijani reports that ..."); None
        when the verb is no denial or the word names no one party."""
        if not _denies(sent):
            return None
        m = _ADJECTIVE_STATEMENT.match(sent.text, sent.verbs[0][1])
        side = country_side(m["adjective"]) if m else None
        cid = self.gazetteer.unnamed_sources.get(side) if side else None
        if cid is None:
            return None
        return Hit(sent.start + m.start("adjective"), sent.start + m.end("adjective"),
                   "claimant", (cid,), sent.folded[m.start("adjective"):m.end("adjective")])

    def untrue(self, sent: Sentence, claimant_hits: list[Hit], att: Attribution) -> Attribution:
        """``att``, the attribution a sentence took, with the spans of others' words its speaker
        calls untrue ("the information spread by X about ... is false, the ministry said"):
        whoever speaks, by name or referred to, what those words place is X's claim."""
        spans = tuple((*span, (h.ids[0],)) for h in claimant_hits
                      if h.ids[0] not in att.claimants and (span := _untrue(sent, h)))
        return replace(att, untrue=spans) if spans else att

    def quoting(self, history: History, index: int) -> Attribution | None:
        """Who speaks in a quote that no sentence of its paragraph attributes: the voice
        named last, a few sentences back ("X reported ... . [details] . “...”")."""
        if not history or history[-1][0] < index - BACK_REACH:
            return None
        prev = self._referent(history, index)
        return Attribution(prev.claimants, prev.chain)

    def media(self, claimant_id: str) -> bool:
        """An outlet of the claimant table (it relays others' words when they are named)."""
        c = self.gazetteer.claimants.get(claimant_id)
        return c is not None and c.kind == "media"

    def _adjective(self, hit: Hit) -> bool:
        """A claimant named only by a side's adjective ("Armenian", "Azerbaijani sources")."""
        c = self.gazetteer.claimants.get(hit.ids[0])
        return c is not None and c.kind == "unspecified"

    def _referent(self, history: History, index: int, same_para: bool = False) -> Attribution:
        """What "it" or "the ministry" refers back to: the last voice named that is not an
        outlet relaying it ("..., TASS reports. According to the ministry, ..."), else the
        last voice; not an aside ("Earlier, X said ..."), unless it is the sentence just
        before, in the same paragraph (``same_para``). After a sentence of two sides' clauses,
        the voice of the last."""
        last, att = history[-1]
        if (same_para and last == index - 1 and att.aside and att.own
                and not all(self.media(x) for x in att.claimants)):
            return carried(att)
        for j, att in reversed(history):
            if j < index - BACK_REACH:
                break
            if not att.aside and not all(self.media(x) for x in att.claimants):
                return carried(att)
        return carried(history[-1][1])

    def _body_back(self, history: History, index: int) -> Attribution | None:
        """The attribution a reference back ("the ministry") names: the last voice within
        reach that is no outlet, else None."""
        if not history or history[-1][0] < index - BACK_REACH:
            return None
        prev = self._referent(history, index)
        return None if all(self.media(x) for x in prev.claimants) else prev

    def _defer_generic(self, claimants: tuple[str, ...], history: History,
                       index: int) -> tuple[str, ...]:
        """A side's generic voice ("Baku") stands for the specific body of that side named in
        the last few sentences (whose statement it is)."""
        out: list[str] = []
        for cid in claimants:
            c = self.gazetteer.claimants.get(cid)
            specific: list[str] = []
            if c is not None and c.kind in ("generic", "unspecified"):
                for j, att in reversed(history):
                    if j < index - BACK_REACH or specific:
                        break
                    specific = [
                        x
                        for x in att.claimants
                        if (k := self.gazetteer.claimants.get(x))
                        and k.side == c.side
                        and k.kind not in ("generic", "unspecified")
                    ]
            out.extend(specific or [cid])
        return tuple(dict.fromkeys(out))

    def following(self, sentences: list[Sentence], by_sentence: list[list[Hit]], i: int,
                  history: History) -> Attribution | None:
        """The attribution of the next sentence when it opens with "this" ("Об этом сообщила
        пресс-служба ...", "This was reported by ...") or reports "the incident" ("The ministry
        reported the incident"): it names the speaker of sentence i. So does a sentence of the
        same paragraph that opens with its source ("... . According to the ministry, ...",
        "... . По сообщению прокуратуры, ..."): what the lead told is that source's."""
        j = i + 1
        if j >= len(sentences):
            return None
        nxt = sentences[j]
        about = _ABOUT_THIS.match(nxt.text)
        claimant_hits = [h for h in by_sentence[j] if h.kind == "claimant"]
        if about or any(_REPORTED_IT.match(nxt.text, e) for _, e in nxt.verbs):
            att = self.of(nxt, claimant_hits, history, j)
            if att is not None and att.own:
                return Attribution(att.claimants, att.chain)
            if not about:
                return None  # "the shepherd reported the incident to ...": no claimant reported it
            # "This is stated in the bulletin of the Russian Defence Ministry": the one it names
            named = [h.ids[0] for h in claimant_hits if not self._adjective(h)]
            return Attribution((named[0],), (named[0],)) if named else None
        # "[what happened]. According to the ministry, [more of it]": the source the next
        # sentence opens with is the source of the one it goes on with
        if (nxt.para != sentences[i].para or not claimant_hits
                or not _OPENS_ACCORDING.match(nxt.text)):
            return None
        att = self.of(nxt, claimant_hits, history, j)
        if (att is not None and att.own and att.according
                and _OPENED_BY_SOURCE.fullmatch(nxt.text, 0, att.statement_start)):
            return Attribution(att.claimants, att.chain)
        return None

    def closing(self, sentences: list[Sentence], by_sentence: list[list[Hit]], i: int,
                history: History) -> tuple[Attribution, int] | None:
        """The attribution of the sentence that closes a quote opened in sentence i, and that
        sentence's index: the sentences between are the same speaker's. A quote may run over
        paragraphs ("«... \n\n ...», — говорится в сообщении"): in a later paragraph only the
        sentence that closes it names its speaker."""
        for j in range(i + 1, min(i + 1 + QUOTE_REACH, len(sentences))):
            closes = closes_quote(sentences[j].text)
            if sentences[j].para != sentences[i].para and not closes:
                continue
            claimant_hits = [h for h in by_sentence[j] if h.kind == "claimant"]
            att = self.of(sentences[j], claimant_hits, history, i)  # reach from the quote's start
            if att is not None:
                return Attribution(att.claimants, att.chain), j
            if closes:
                return None
        return None
