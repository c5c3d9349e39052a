"""Speech verbs and "according to": the words that make a name a speaker."""

from __future__ import annotations

import re
from collections.abc import Callable

from mapper.extract.sentences import Sentence
from mapper.lang import alternation, words
from mapper.scan import Prefiltered, cue_words, vocabulary


def word_regex(name: str, flags: int = re.I) -> re.Pattern[str]:
    """A vocabulary as a regex of whole words."""
    return re.compile(rf"(?<!\w)(?:{alternation(name)})(?!\w)", flags)


def word_vocabulary(name: str) -> Prefiltered:
    """A vocabulary of whole words (:func:`word_regex`) as a prefiltered regex that asks its
    cue words about a window before looking for its words' prefixes."""
    return vocabulary(lambda v: rf"(?<!\w)(?:{v})(?!\w)", words(name), shortest=1,
                      cues=cue_words(words(name)))


SPEECH = vocabulary(lambda v: rf"(?<!\w)(?:{v})(?!\w)", words("SPEECH"))
#: "according to" at the end of a window: the speaker follows.
ACCORDING = vocabulary(
    lambda v: rf"(?:{v})\s+(?:(?:{alternation('ACCORDING_ROLES')})\s+)?"
              rf"(?:(?:{alternation('ARTICLES')})\s*)?[\"«“„]?$",  # "по информации портала «X»"
    words("ACCORDING"), word_start=False, shortest=1, cues=cue_words(words("ACCORDING")),
)
CITING = word_vocabulary("CITING")
_FILLER = frozenset(words("SPEECH_FILLER"))
_PAREN = re.compile(r"\([^)]*\)")
#: An aside between commas ("the ministry, in a statement, said"): no words of the clause.
_COMMA_ASIDE = re.compile(r",[^,.;:!?\"“”«»]{1,50},")
_STOPS = re.compile(r"[.;:!?\"“”«»]")
#: A subject of its own after a comma ("..., controlled by Russian peacekeepers, the ministry
#: said"): the name before it is not who speaks.
_NEW_SUBJECT = re.compile(rf",\s*(?:{alternation('ARTICLES')})\s*\w", re.I)
#: ... or a name after words of the name's own clause and a comma, the verb next ("shelled X in
#: Armenia on Tuesday, Yerevan said"; not a list, "Armenia, Azerbaijan and Russia said").
_NEW_NAMED_SUBJECT = re.compile(r"^\s+\w[^,]*,\s*(?:[A-ZÀ-ÞА-ЯЁ][\w'’-]*\s+){1,4}$")
#: ... or people named by a noun after a comma ("heard in Stepanakert, AFP reporters said",
#: "..., residents said").
_NEW_PEOPLE_SUBJECT = re.compile(
    rf"^[^,]*,\s*(?:[\w'’.-]+\s+){{0,2}}(?:{alternation('SUBJECT_NOUNS')})\s+$", re.I)
#: A comma just before the verb, and after the verb only a few words to the end of the sentence
#: ("... close to Azerbaijani army positions, said a farmer."): they are the verb's subject, and
#: the name before the comma is in what was said (unlike "X, the head of Y, said that ...").
_INVERTED = re.compile(rf",\s*(?:(?:{alternation('SPEECH_AUXILIARY')})\s+)?$", re.I)
MAX_INVERTED_SUBJECT = 6
_THAT = word_regex("THAT")
_WORDS = re.compile(r"[\w'’-]+")
#: Words between a speaker and its verb, at most; of them, words that are not fillers, names
#: or numbers, at most.
MAX_BETWEEN, MAX_OTHER = 7, 2


def _others(found: list[str]) -> int:
    """How many of some words are not fillers, names or numbers."""
    return sum(w.casefold() not in _FILLER and not w[0].isupper() and not w.isdigit()
               for w in found)


# An auxiliary that makes the verb after it passive: its subject is spoken of, not speaking
# (not a French reflexive: "se sont accusés" is each accusing the other).
_PASSIVE = re.compile(rf"(?<!\w)(?<!se\s)(?:{alternation('PASSIVE_BEFORE')})\s+$", re.I)


def speech_after(sent: Sentence, start: int,
                 acts: Callable[[Sentence, int, int], bool] | None = None) -> int | None:
    """Where a speech verb that makes the words before ``start`` a speaker ends, or None.
    ``acts(sent, a, b)``, where given, tells whether an event is told in ``sent.text[a:b]``:
    then the words after a verb are what was said, not its subject ("X, the head of Y, said
    troops entered Z": Y's head speaks)."""
    if not sent.verbs:
        return None
    verb = next(((a, b) for a, b in sent.verbs if start <= a and b <= start + 80), None)
    if verb is None:
        return None
    between = _COMMA_ASIDE.sub(" ", _PAREN.sub(" ", sent.text[start : verb[0]]))  # "(SSS)"
    if (_STOPS.search(between) or _NEW_SUBJECT.search(between) or _PASSIVE.search(between)
            or _NEW_NAMED_SUBJECT.match(between) or _NEW_PEOPLE_SUBJECT.match(between)):
        return None  # "... Armenia and 50 servicemen are considered missing": no speaker
    if _INVERTED.search(between):
        subject = _STOPS.split(sent.text[verb[1]:], 1)[0]
        if (0 < len(_WORDS.findall(subject)) <= MAX_INVERTED_SUBJECT
                and not _THAT.search(subject)
                and not (acts and acts(sent, verb[1], verb[1] + len(subject)))):
            return None
    found = _WORDS.findall(between)
    if len(found) > MAX_BETWEEN or _others(found) > MAX_OTHER:
        return None
    return verb[1]


# A speech verb whose speaker follows it: after the end of a quote or clause ('"...," said the
# ministry', '..., a annoncé le ministère') or after "as", "об этом".
_INVERTED_LEAD = re.compile(
    rf"(?:[,\"“”«»\-–—]|(?<!\w)(?:{alternation('SPEECH_INVERTED')}))\s*"
    rf"(?:(?:{alternation('SPEECH_INVERTED')}|{alternation('SPEECH_AUXILIARY')})\s+)?$",
    re.I,
)
_TOPIC_OPENING = re.compile(rf"^\W*(?:{alternation('TOPIC_OPENING')})\s", re.I)
_RECIPIENT = re.compile(rf"(?<!\w)(?:{alternation('RECIPIENT')})\s+(?:(?:{alternation('ARTICLES')})"
                        rf"\s+)?$", re.I)
# ... and anywhere between the verb and the speaker ("заявил в беседе с корреспондентом РИА
# Новости представитель ..."): no words of the clause's own
_RECIPIENT_WORDS = re.compile(rf"(?<!\w)(?:{alternation('RECIPIENT')})(?!\w)", re.I)
#: Words between a speech verb and the speaker after it, at most ("a annoncé dans la nuit de
#: lundi à mardi le ministère"); of them, words that are not fillers, names or numbers, at most.
MAX_INVERTED_BETWEEN, MAX_INVERTED_OTHER = 14, 3


def speech_before(sent: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The speech verb just before the name at ``start:end`` whose speaker the name is ('"...,"
    said the ministry'), as (verb start, verb end) in the sentence, or None. The name ends its
    clause but for a few words ("in a statement"): else it is in what was said ("..., said
    Azerbaijani troops opened fire")."""
    if not sent.verbs:
        return None
    verb = next(((a, b) for a, b in reversed(sent.verbs) if b <= start and start - b <= 100),
                None)
    if verb is None:
        return None
    between = sent.text[verb[1] : start]
    found = _WORDS.findall(_RECIPIENT_WORDS.sub(" ", between))
    if _STOPS.search(between) or len(found) > MAX_INVERTED_BETWEEN:
        return None
    if not (_INVERTED_LEAD.search(sent.text[max(0, verb[0] - 30) : verb[0]])
            or _TOPIC_OPENING.match(sent.text)):
        return None
    if _RECIPIENT.search(between):
        return None  # "a déclaré à RIA Novosti": the one told
    rest = _STOPS.split(sent.text[end:], 1)[0].split(",", 1)[0]
    if (_THAT.search(between) or _others(found) > MAX_INVERTED_OTHER
            or _others(_WORDS.findall(rest)) > MAX_INVERTED_OTHER):
        return None  # "X said that Azerbaijani troops fired": the name is in what was said
    return verb


_AFTER_QUOTE = re.compile(
    rf"[”\"»]\s*[,.]?\s*[-–—]?\s*"
    rf"(?:(?:{alternation('SPEECH_INVERTED')}|{alternation('SPEECH_AUXILIARY')})\s+)?$", re.I
)


def after_quote(sent: Sentence, verb_start: int) -> bool:
    """True when a speech verb follows the end of a quote ('…», — говорится в сообщении')."""
    return bool(_AFTER_QUOTE.search(sent.text[max(0, verb_start - 16) : verb_start]))
