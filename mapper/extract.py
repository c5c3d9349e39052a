"""Report text -> claims: who says what happened, where and when, with the quote and its span.

The steps, each a general rule rather than a pattern for one text:

1. Sentences and paragraphs are found in the text as read, skipping page furniture (and joining
   lines that hard wrapping split with blank lines).
2. One scan finds every gazetteer name and claimant alias (:mod:`mapper.scan`). Capitalised
   names the gazetteer spells otherwise are found by their matching key ("Chouchi" = Shushi);
   capitalised names in place contexts ("the village of X", "near X") are looked up fuzzily and
   kept, resolved or not. Homonyms are settled by the other places of the report. A capital
   that is also its side's voice ("Baku", "Yerevan") is a place only with a locative word
   before it or a passive after it; datelines and "Yerevan time" are not places.
3. Dates come from :mod:`mapper.dates`. A date that introduces a statement ("On December 13 the
   ministry said ...") dates the statement, not the event; a date naming an agreement ("the
   November 10 agreement") dates neither.
4. Attribution: an alias followed by a speech verb ("X said"), preceded by "according to", or a
   pronoun or "the statement" with a speech verb referring back to the last claimant named.
   A sentence that continues the previous one ("For example, ...", "These attacks ...") keeps its
   claimant, a sentence inside an open quote takes the attribution that closes it, and any other
   sentence is the outlet's own claim. A side's generic voice ("Baku", "Azerbaijani") defers to
   the specific body of that side named just before (the ministry whose statement it is). A
   report whose headline says it is a statement ("Statement of the Ministry of Defence") speaks
   with that body's voice instead of the outlet's.
5. Events come from trigger words (a small taxonomy modelled on ACLED's); each place takes the
   trigger nearest before it. Killed and wounded counts are read around casualty words.
6. One claim per (claimant, place, date); sentences that add to a claim (casualties, another
   event) are merged into it, the stronger event type winning.

Speed: vocabularies run through Aho-Corasick automata over the folded text, a regex only where
one of its cue words occurs (:class:`mapper.scan.Cued`) or at its literal prefixes
(:class:`mapper.scan.Prefiltered`); lookups of repeated names are memoised.
"""

from __future__ import annotations

import functools
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from mapper.dates import DateMention, find_dates
from mapper.gazetteer import Gazetteer
from mapper.match import ClaimantIndex, Matcher, distance_km
from mapper.model import Claim, DateSpan, Place, Resolution
from mapper.names import fold, key
from mapper.reports import Report
from mapper.scan import Cued, Hit, Prefiltered, Scanner, split_alternatives

# -- vocabularies ------------------------------------------------------------------------------

_SPEECH = (
    r"say|says|said|claim|claims|claimed|report|reports|reported|declare|declares|declared|"
    r"state|states|stated|announce|announces|announced|insist|insists|insisted|allege|alleges|"
    r"alleged|accuse|accuses|accused|deny|denies|denied|confirm|confirms|confirmed|note|notes|"
    r"noted|add|adds|added|tell|tells|told|write|writes|wrote|warn|warns|warned|assert|asserts|"
    r"asserted|maintain|maintains|maintained|argue|argues|argued|inform|informs|informed|"
    r"reiterate|reiterated|charge|charged|blame|blames|blamed|respond|responded|reject|rejected|"
    r"call|calls|called|urge|urges|urged|promise|promises|promised|threaten|threatens|"
    r"threatened|describe|described|disclose|disclosed|reveal|revealed|publish|published|"
    r"counter|countered|dismiss|dismissed|refute|refuted|acknowledge|acknowledged|admit|admitted|"
    r"mention|mentioned|specify|specified|explain|explained|quote|quoted|regards|regarded|"
    r"considers|considered|views|viewed|"
    # French
    r"déclar\w*|affirm\w*|annonc\w*|indiqu\w*|accus\w*|dénonc\w*|rapport\w*|assur\w*|"
    r"précis\w*|fait\s+savoir|fait\s+état|dément\w*|démenti\w*|confirm\w*|signal\w*|"
    r"ajout\w*|soulign\w*|estim\w*|prévenu|averti\w*|reconnu|reconnaît|nié|nie|nient|"
    r"donne|présente|présenté|"
    # Russian
    r"заявил[аио]?|заявляет|заявляют|сообщил[аио]?|сообщает|сообщают|утверждает|утверждают|"
    r"обвинил[аио]?|обвиняет|опроверг(?:л[аио]?)?|подтвердил[аио]?|отметил[аио]?|"
    r"уточнил[аио]?|передает|передаёт|пишет|написал[аио]?|представил[аио]?|говорится"
)
_SPEECH_RE = re.compile(rf"(?<!\w)(?:{_SPEECH})(?!\w)", re.I)
_SPEECH_SCAN = Prefiltered(_SPEECH_RE, split_alternatives(_SPEECH))
_ACCORDING = Cued(
    re.compile(
        r"(?:according\s+to|citing|quoting|cited\s+by|quoted\s+by|as\s+reported\s+by|per|"
        r"selon|d'après|d’après|citant|по\s+данным|по\s+словам|по\s+сообщению|"
        r"по\s+информации|со\s+ссылкой\s+на|как\s+сообщает|как\s+сообщил[аио]?)\s+"
        r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?$",
        re.I,
    ),
    ["according", "citing", "quoting", "cited", "quoted", "reported", "per", "selon", "après",
     "citant", "данным", "словам", "сообщ", "информации", "ссылкой"],
)
_ACTOR_NOUN = re.compile(
    r"^['’]?s?\s+(?:forces|troops|army|military|units|government|"
    r"authorities|side|regime|leadership|administration|soldiers|allegations?|claims?|"
    r"accusations?|statements?|position|version|response|policy|propaganda|aggression|"
    r"provocations?|narrative|officials?|time)\b",
    re.I,
)
# A capital named as the one accused, urged or addressed ("accused Baku of", "called on
# Yerevan to", "officials in Baku said", "отметили в Баку"): an actor, not a location.
_ACTOR_BEFORE = Cued(
    re.compile(
        r"(?:accus\w*|blam\w*|urg\w*|call\w*\s+on|warn\w*|condemn\w*|critici[sz]\w*|"
        r"told|asked|ask|demand\w*\s+(?:from|of)|appeal\w*\s+to|officials\s+in|"
        r"(?:said|noted|stated|announced|declared|added|insisted|believe|say)\s+in|"
        r"reproch\w*|appel\w*|"
        r"обвини\w*|призва\w*|(?:заявил\w*|отметил\w*|сообщил\w*|считают|уверены|"
        r"подчеркнул\w*)\s+в)\s+(?:the\s+)?(?:officials?\s+(?:in|of)\s+)?$",
        re.I,
    ),
    ["accus", "blam", "urg", "call", "warn", "condemn", "critici", "told", "ask", "demand",
     "appeal", "officials", "said", "noted", "stated", "announced", "declared", "added",
     "insisted", "believe", "say", "reproch", "appel", "обвини", "призва", "заявил",
     "отметил", "сообщил", "считают", "уверены", "подчеркнул"],
)
# Words before a capital that make it a location rather than its government.
_LOCATIVE_BEFORE = re.compile(
    r"(?<!\w)(?:in|on|at|near|over|into|onto|to|towards?|around|of|from|outside|hit|struck|"
    r"shell\w*|bomb\w*|target\w*|attack\w*|à|au|dans|sur|vers|de|du|près\s+de|в|во|на|по|под|"
    r"у|над|к|около|из)\s+(?:the\s+|la\s+|le\s+)?(?:(?:city|capital|town|ville|capitale|"
    r"город\w*|столиц\w*)\b[^.;!?]{0,60}?\s)?$",
    re.I,
)
_PASSIVE_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|"
    r"came\s+under|comes\s+under|a\s+été|ont\s+été|est|подверг\w*|был\w*|оказал\w*)(?!\w)",
    re.I,
)
# "According to it", "selon elle", "по словам представителя ведомства": the last claimant named.
_ACCORDING_BACKREF = Cued(
    re.compile(
        r"(?:according\s+to|selon|d'après|d’après|по\s+словам|по\s+версии|по\s+данным)\s+"
        r"(?:the\s+)?(?:it|them|him|her|elle|lui|eux|ministry|statement|agency|service|"
        r"ведомства|министерства|его|её|ее|их|представителя\s+ведомства)\b",
        re.I,
    ),
    ["according", "selon", "après", "словам", "версии", "данным"],
)
_CITING = Cued(re.compile(r"\b(?:citing|quoting|со\s+ссылкой\s+на|citant)\b", re.I),
               ["citing", "quoting", "ссылкой", "citant"])
# A subject that refers back to the last claimant named.
_BACKREF = re.compile(
    r"(?:^|[,;:“”\"«»]\s*|\b)(?:the\s+|its\s+|their\s+)?(?:statement|release|press\s+release|"
    r"ministry|ministry's\s+statement|service|agency|spokesman|spokeswoman|spokesperson|"
    r"press\s+service|report|communiqué|it|he|she|they|officials|le\s+ministère|il|elle|ils|"
    r"ведомство|министерство|он|она|они|там|в\s+ведомстве|как)\s+(?:also\s+|further\s+|then\s+)?$",
    re.I,
)
# Sentence openings that continue the previous sentence's account.
_CONTINUES = re.compile(
    r"^[\s“\"«]*(?:however,?\s+|but\s+|and\s+|yet\s+)?(?:for\s+example|for\s+instance|in\s+particular|"
    r"specifically|in\s+addition|additionally|moreover|furthermore|besides|also|then|later|"
    r"these|this|those|they|it|the\s+attacks?\b|the\s+operation|the\s+assault|the\s+shelling|"
    r"as\s+a\s+result|in\s+the\s+course|during\s+the|par\s+exemple|en\s+outre|de\s+plus|"
    r"например|кроме\s+того|также|в\s+результате)\b",
    re.I,
)

#: Event types by trigger, strongest first: a claim gathering several keeps the first.
EVENT_PRIORITY = (
    "capture",
    "armed_clash",
    "attack",
    "shelling",
    "ambush_sabotage",
    "detention",
    "withdrawal_evacuation",
    "ceasefire_violation",
    "casualty_report",
    "statement_threat",
)
_TRIGGERS = {
    "capture": r"captur\w*|seiz\w*|took\s+control|taken\s+control|establish\w*\s+control|"
    r"gained\s+control|entered|enter|occup\w*|liberat\w*|regain\w*|retook|recaptur\w*|overran|"
    r"took\s+over|came\s+under\s+(?:the\s+)?control|fell\s+to|pris\s+le\s+contr[oô]le|"
    r"s'est\s+empar\w*|libér\w*|entré\w*|occupé\w*|захват\w*|занял\w*|заняли|освобод\w*|"
    r"взял\w*\s+под\s+контроль|вошл\w*|вош[её]л|зашл\w*|заш[её]л|conqu[ié]\w*|reconqu\w*|"
    r"tomb[ée]\w*\s+aux\s+mains",
    "armed_clash": r"clash\w*|fighting|fights?|firefight\w*|battles?|skirmish\w*|"
    r"exchange\s+of\s+fire|exchanged\s+fire|combat|operation|counter-?offensive|"
    r"affrontements?|combats?|accrochages?|opération|бо[йи]|боев\w*|столкновени\w*|"
    r"перестрелк\w*|операци\w*",
    "attack": r"attack\w*|assault\w*|offensive|raid\w*|stormed|storm|advanc\w*|incursion|"
    r"neutrali[sz]\w*|destroy\w*|retaliat\w*|aggression|targeted|targeting|"
    r"attaqu\w*|offensive|assaut|visé\w*|cibl\w*|атак\w*|наступлени\w*|напал\w*|нападени\w*",
    "shelling": r"shell\w*|fired|fire\s+at|opened\s+fire|open\s+fire|gunfire|artillery|mortars?|"
    r"rockets?|missiles?|drones?|strikes?|struck|bomb\w*|pounded|snipers?|small[\s-]arms|"
    r"(?:came|come|comes|coming|were|was|been|are|is)\s+under\s+(?:\w+\s+)?fire|"
    r"subjected\s+to\s+(?:\w+\s+)?fire|fire\s+from|"
    r"bombard\w*|tirs?|tiré\w*|tirant|ouvert\w*\s+le\s+feu|ouvr\w*\s+le\s+feu|frappes?|pilonn\w*|"
    r"obus|обстрел\w*|огонь|удар\w*|ракет\w*|беспилотник\w*|стрельб\w*",
    "ambush_sabotage": r"sabotage\w*|ambush\w*|subversive|diversion\w*|raiding\s+party|"
    r"embuscade|диверси\w*|засад\w*",
    "detention": r"detain\w*|arrest\w*|taken\s+prisoner|captives?|prisoners?\s+of\s+war|"
    r"hostages?|détenu\w*|arrêt\w*|prisonniers?|задержан\w*|взят\w*\s+в\s+плен|пленн\w*",
    "withdrawal_evacuation": r"withdr[ae]w\w*|retreat\w*|evacuat\w*|pulled\s+back|pull\s+out|"
    r"taken\s+to\s+shelters?|fled|"
    r"retrait|évacu\w*|retir\w*|отвод\w*|вывод\w*|эвакуац\w*|отступ\w*",
    "ceasefire_violation": r"provocations?|"
    r"violat\w*\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:ceasefire|truce)|"
    r"(?:ceasefire|truce)\s+violation\w*|breach\w*\s+(?:of\s+)?(?:the\s+)?(?:ceasefire|truce)|"
    r"(?:ceasefire|truce)(?:\s+regime)?\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+\s+)?"
    r"(?:broken|violated|breached)|broke\s+(?:the\s+)?(?:ceasefire|truce)|"
    r"violation\w*\s+du\s+cessez-le-feu|(?:viol|romp|rompu)\w*\s+(?:le\s+)?cessez-le-feu|"
    r"нарушени\w*\s+(?:режима\s+)?(?:прекращения\s+огня|перемирия)|"
    r"наруш\w*\s+(?:режим\s+)?(?:прекращения\s+огня|перемири\w*)",
    "statement_threat": r"threat\w*|iron\s+fist|ultimatum|menac\w*|пригрози\w*|угрож\w*",
}
_TRIGGER_RE = re.compile(
    "|".join(rf"(?P<{kind}>(?<!\w)(?:{pattern})(?!\w))" for kind, pattern in _TRIGGERS.items()),
    re.I,
)
_TRIGGER_SCAN = Prefiltered(
    _TRIGGER_RE, [a for p in _TRIGGERS.values() for a in split_alternatives(p)]
)
# Verbs of movement that end the reach of the trigger before them ("... and deployed near X").
_BARRIER = Cued(
    re.compile(
        r"(?<!\w)(?:deploy\w*|positioned|stationed|remain\w*|located|lies|"
        r"situated|moved|arrived)(?!\w)",
        re.I,
    ),
    ["deploy", "positioned", "stationed", "remain", "located", "lies", "situated", "moved",
     "arrived"],
)

# Casualty words.
_KILLED = (
    r"killed|killing|dead|died|deaths?|lost\s+their\s+lives|perished|fatalit\w*|"
    r"tués?|morts?|погиб\w*|убит\w*|погибш\w*"
)
_WOUNDED = (
    r"wounded|wounding|injured|injuring|injuries|hurt|blessés?|ранен\w*|ранил\w*|"
    r"пострадал\w*"
)
_CASUALTY = Prefiltered(
    re.compile(rf"(?<!\w)(?:(?P<killed>{_KILLED})|(?P<wounded>{_WOUNDED}))(?!\w)", re.I),
    split_alternatives(_KILLED) + split_alternatives(_WOUNDED),
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "dozen": 12,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "один": 1,
    "одна": 1,
    "один из": 1,
    "два": 2,
    "две": 2,
    "двое": 2,
    "три": 3,
    "трое": 3,
    "четыре": 4,
    "четверо": 4,
    "пять": 5,
    "пятеро": 5,
    "шесть": 6,
    "шестеро": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
}
_VICTIMS = (
    r"civilians?|soldiers?|servicem[ae]n|service\s+members?|troops|persons?|people|"
    r"residents?|child(?:ren)?|wom[ae]n|m[ae]n|officers?|fighters?|militants?|"
    r"volunteers?|policem[ae]n|members?|conscripts?|militiam[ae]n|peacekeepers?|"
    r"civils?|soldats?|militaires?|personnes?|военнослужащ\w*|мирн\w*|жител\w*|"
    r"солдат\w*|человек\w*"
)
_NUMBER_RE = re.compile(
    rf"(?<!\w)(?:(?P<digits>\d{{1,4}})(?![\d.:/-]\d)|(?P<word>{'|'.join(_NUMBER_WORDS)})|"
    rf"(?P<article>an?)(?=\s+(?:\w+\s+)?(?:{_VICTIMS})\b))(?!\w)",
    re.I,
)
_PASSIVE_BEFORE = re.compile(
    r"(?:were|was|been|are|is|being|got|ont\s+été|a\s+été|sont|"
    r"были|был[аио]?)\s+(?:\w+\s+)?$",
    re.I,
)
_CLAUSE_STOP = re.compile(r"[.;:!?]|\b(?:but|while|whereas|mais|но)\b", re.I)

# Words that make a place an approximate location: "near X", "in the vicinity of X".
_NEAR = Cued(
    re.compile(
        r"(?:near(?:by)?|close\s+to|vicinity\s+of|outskirts\s+of|around|environs\s+of|"
        r"direction\s+of|countryside\s+of|area\s+of|forests?\s+(?:\S+\s+){0,3}of|"
        r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:part\s+)?of|"
        r"heights\s+(?:near|above|of)|approaches\s+to|près\s+de|aux\s+abords\s+de|"
        r"environs\s+de|в\s+районе|близ|около|окрестност\w*|недалеко\s+от|вблизи)\s+"
        r"(?:the\s+)?(?:(?:town|city|village|settlement)\s+(?:of\s+)?)?$",
        re.I,
    ),
    ["near", "close", "vicinity", "outskirts", "around", "environs", "direction", "countryside",
     "area", "forest", "north", "south", "east", "west", "heights", "approaches", "près",
     "abords", "районе", "близ", "около", "окрестност", "недалеко", "вблизи"],
)
# Area words after a name ("Lachin district", "в Гадрутском районе", "the X and Y districts") or
# before it ("la région de Hadrout"): the name is the area's, not its town's.
_AREA_AFTER = re.compile(r"^\s*(?P<word>districts?|regions?|provinces?|rayons?|raions?|rayonu|"
                         r"marz|районе|района|район|районов|районах|région|district)\b", re.I)
_AREA_BEFORE = Cued(
    re.compile(
        r"(?:region|région|district|province|rayon|area)\s+(?:of|de|du|d')\s*(?:the\s+)?$", re.I
    ),
    ["region", "district", "province", "rayon", "area"],
)
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|et|и))\s*$", re.I)
#: Longest stretch read as one sentence; text without full stops is cut into pieces this long,
#: which keeps the work per sentence bounded.
MAX_SENTENCE = 2000
#: Sentences quoted in one claim at most (a report restating a claim many times).
MAX_QUOTE_SENTENCES = 4
#: Radius of "near X", at least.
NEAR_RADIUS_M = 5000.0
# A place cue before a weak name (an ordinary word that is also a village name).
_PLACE_CUE = Cued(
    re.compile(
        r"(?:village|villages|town|city|settlement|hamlet|community|near|outskirts\s+of|"
        r"vicinity\s+of|village\s+de|près\s+de|село|села|селе|деревн\w+|посёлок|поселок)\s+"
        r"(?:of\s+)?(?:the\s+)?$",
        re.I,
    ),
    ["village", "town", "city", "settlement", "hamlet", "community", "near", "outskirts",
     "vicinity", "près", "сел", "деревн", "посёлок", "поселок"],
)
_PLACE_CUE_AFTER = re.compile(r"^\s+(?:village|town|settlement|district|region|community)\b", re.I)
# A capitalised name in a place context, for names the gazetteer may lack.
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁԱ-Ֆ][\w'’-]+(?:[ -](?:[A-ZÀ-ÖØ-ÞƏА-ЯЁԱ-Ֆ][\w'’-]+))?"
_CONTEXT_CUES = (
    r"(?:villages?|town|settlement|hamlet)\s+(?:of\s+)?|(?:near|outskirts\s+of|vicinity\s+of)\s+"
    r"(?:the\s+(?:village|town)\s+of\s+)?|village\s+de\s+|près\s+de\s+|"
    r"(?:сел[оаеу]|деревн\w+|посёлок|поселок)\s+"
)
_CONTEXT_NAME = Prefiltered(
    re.compile(
        rf"(?<!\w)(?:{_CONTEXT_CUES})(?P<name>{_NAME})(?:\s+(?:and|et|и)\s+(?P<name2>{_NAME}))?"
    ),
    split_alternatives(_CONTEXT_CUES),
)
# "Zorakhach, a small village in the hills": a name in apposition to a settlement word.
_APPOSITION_NAME = Cued(
    re.compile(
        rf"(?P<name3>{_NAME}),\s+(?:a|an|the|un|une)\s+(?:[\w-]+\s+){{0,2}}(?:village|town|"
        rf"hamlet|settlement|bourg|commune)\b"
    ),
    ["village", "town", "hamlet", "settlement", "bourg", "commune"],
)
# Runs of capitalised words, for spellings the gazetteer lacks but whose key it knows.
_CAPITALISED = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁ][\w'’-]+)*"
)
_WORD = re.compile(r"[^ -]+(?:-[^ -]+)*")
_NOT_A_NAME = re.compile(
    r"^(?:The|This|That|These|Those|Armenian|Azerbaijani|Russian|Turkish|"
    r"Karabakh|Nagorno|Le|La|Les|Un|Une)$"
)
_REFERENCE_AFTER = re.compile(
    r"^\W{0,3}(?:\d{4}\W+)?(?:trilateral\s+|joint\s+)?(?:agreement|"
    r"statement|declaration|accord|deal|ceasefire|truce|armistice|"
    r"document|peace)",
    re.I,
)
_REFERENCE_BEFORE = Cued(
    re.compile(
        r"(?:agreement|statement|declaration|accord|deal|ceasefire|truce|"
        r"armistice|signed|signing\s+of[^.]{0,40}|since|until)\s+"
        r"(?:on|of|in|from)?\s*(?:the\s+)?$",
        re.I,
    ),
    ["agreement", "statement", "declaration", "accord", "deal", "ceasefire", "truce",
     "armistice", "signed", "signing", "since", "until"],
)

# Headlines of statements: "Statement of the Ministry of Defence", "Заявление МИД Армении",
# "Communiqué du ministère ...", "Azerbaijani MFA statement".
_STATEMENT_OF = re.compile(
    r"^\W*(?:(?:official|full|the)\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:statement|information|"
    r"communiqué|press\s+release|announcement|briefing|message|update)\s+(?:of|by|from)\s+"
    r"(?:the\s+)?$|^\W*(?:заявление|сообщение|информация|брифинг)\s+$|"
    r"^\W*(?:communiqué|déclaration)\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*$",
    re.I,
)
_STATEMENT_AFTER = re.compile(
    r"^['’]?s?\s+(?:statement|information|communiqué|press\s+release|announcement|briefing)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)]*(?=\s+[\"'“«(]*[A-ZÀ-ÞА-ЯЁԱ-Ֆ0-9])")
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "mr",
        "ms",
        "mrs",
        "st",
        "no",
        "mt",
        "jr",
        "sr",
        "vs",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "etc",
        "e.g",
        "i.e",
        "fig",
        "ст",
        "г",
        "гг",
        "с",
        "им",
        "пос",
        "ул",
    ]
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


# -- data carried between steps ----------------------------------------------------------------


@dataclass
class Sentence:
    start: int
    end: int
    para: int
    text: str
    folded: str  # fold(text), for the cue tests
    verbs: list[tuple[int, int]] = field(default_factory=list)  # speech verbs, in the sentence


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place | None
    candidates: tuple[str, ...] = ()
    method: str = ""
    score: float = 0.0
    near: bool = False


@dataclass
class Attribution:
    claimants: tuple[str, ...]  # canonical ids (or text as written when unknown)
    chain: tuple[str, ...]
    speech_end: int = -1  # where the reported clause starts (after the speech verb)
    statement_start: int = -1  # where the attribution begins (a date before it dates it)
    own: bool = False  # True when this sentence names its claimant itself


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
    casualty_notes: list[str] = field(default_factory=list)


# -- the extractor -----------------------------------------------------------------------------


class Extractor:
    """Extract claims from reports against one gazetteer; build once, use for many reports."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = Matcher(gazetteer)
        self.claimant_index = ClaimantIndex(gazetteer)
        self.scanner = Scanner(gazetteer)
        # Reports repeat the same few claimants, places and unknown names: resolve each once.
        self._lookup = functools.lru_cache(maxsize=8192)(self.matcher.lookup)
        self._key_lookup = functools.lru_cache(maxsize=8192)(self._key_lookup_uncached)
        self._run_names = functools.lru_cache(maxsize=8192)(self._run_names_uncached)
        # Places whose name is also a side's voice ("Baku", "Yerevan"): actors when they speak.
        self._alias_keys = {key(a) for _, a, _ in gazetteer.aliases}
        self._voices = {n.place_id for n in gazetteer.names if key(n.name) in self._alias_keys}
        self._resolve = functools.lru_cache(maxsize=4096)(self.claimant_index.resolve)
        self._display_names = functools.lru_cache(maxsize=None)(gazetteer.display_names)

    # -- public ----------------------------------------------------------------------------

    def extract(self, report: Report) -> list[Claim]:
        """The claims of one report, in text order."""
        text = report.text
        folded = fold(text)
        sentences = _sentences(text, folded, report.ignored)
        if not sentences:
            return []
        hits = self.scanner.scan(text, folded)
        triggers = [(m.start(), m.lastgroup) for m in _TRIGGER_SCAN.finditer(text, folded)]
        trigger_starts = [t[0] for t in triggers]
        verbs = [(m.start(), m.end()) for m in _SPEECH_SCAN.finditer(text, folded)]
        verb_starts = [v[0] for v in verbs]
        for s in sentences:
            lo, hi = bisect_left(verb_starts, s.start), bisect_left(verb_starts, s.end)
            s.verbs = [(a - s.start, b - s.start) for a, b in verbs[lo:hi] if b <= s.end]
        dates = find_dates(text, report.published, report.lang or None)
        outlet_id, outlet_name, outlet_side, _ = self._resolve(
            report.outlet or "unknown outlet"
        )
        # A report that is a statement ("Statement of the Ministry of Defence") speaks with the
        # voice of its author wherever it names no other; any other report, with the outlet's.
        voice = self._headline_voice(report.headline)
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
        date_starts = [d.start for d in dates]
        frame = _frame(dates, text, folded, report.published)

        mentions = [self._place_mentions(s, by_sentence[i]) for i, s in enumerate(sentences)]
        self._settle_homonyms(mentions)

        drafts: dict[tuple, Draft] = {}
        history: list[tuple[int, Attribution]] = []  # sentence index, attribution
        paragraph_date: tuple[int, DateSpan] | None = None
        recent: list[tuple[int, list[Draft]]] = []
        claimant_dates: dict[str, tuple[int, DateSpan]] = {}  # the date each voice spoke of last
        for i, sent in enumerate(sentences):
            claimant_hits = [h for h in by_sentence[i] if h.kind == "claimant"]
            attribution = self._attribution(sent, claimant_hits, history, i)
            if attribution is None and _opens_quote(sent.text):
                attribution = self._closing_attribution(sentences, by_sentence, i, history)
            if (
                attribution is None
                and history
                and _CONTINUES.match(sent.text)
                and history[-1][0] >= i - 2
            ):
                attribution = history[-1][1]
            if attribution is not None:
                history.append((i, attribution))
            else:
                attribution = own_voice

            sdates = dates[
                bisect_left(date_starts, sent.start) : bisect_left(date_starts, sent.end)
            ]
            event_dates, statement_date = self._classify_dates(
                sent, sdates, attribution, text, folded
            )
            if paragraph_date and paragraph_date[0] != sent.para:
                paragraph_date = None
            lo = bisect_left(trigger_starts, sent.start)
            hi = bisect_left(trigger_starts, sent.end)
            events = _with_barriers(
                sent.text, sent.folded, [(s - sent.start, k) for s, k in triggers[lo:hi]]
            )
            casualties = _casualties(sent.text, sent.folded)
            places = [m for m in mentions[i] if m.place is not None or m.candidates or m.text]
            places = _drop_enclosing_areas(places)

            if not places:
                # A sentence that adds to the claims of the same claimant just before it.
                if (events or casualties[0] is not None or casualties[1] is not None) and recent:
                    j, targets = recent[-1]
                    if i - j <= 3:
                        for d in targets:
                            if d.claimant in attribution.claimants:
                                _add_to(d, sent, {k for _, k in events if k}, casualties)
                if event_dates:
                    paragraph_date = (sent.para, event_dates[-1][1])
                continue
            if not events and casualties == (None, None, []):
                if event_dates:
                    paragraph_date = (sent.para, event_dates[-1][1])
                continue

            made: list[Draft] = []
            for m in places:
                event_span = _nearest_before(event_dates, m.start - sent.start)
                if event_span is not None:
                    span = event_span
                elif statement_date is not None:
                    span = DateSpan(
                        statement_date - timedelta(days=2),
                        statement_date,
                        "range",
                        f"on or before {statement_date.isoformat()}",
                    )
                elif (last := _recent_date(claimant_dates, attribution.claimants, i)) is not None:
                    span = last  # the same voice goes on about the same events
                elif paragraph_date is not None:
                    span = paragraph_date[1]
                else:
                    span = frame
                event = _event_for(events, m.start - sent.start)
                for claimant in attribution.claimants:
                    chain = (
                        attribution.chain
                        if attribution.chain[-1] == claimant
                        else (*attribution.chain[:-1], claimant)
                    )
                    if chain[0] != outlet_id:
                        chain = (outlet_id, *chain)
                    k = (
                        claimant,
                        m.place.id if m.place else m.text.casefold(),
                        span.start,
                        span.end,
                    )
                    d = drafts.get(k)
                    if d is None:
                        d = drafts[k] = Draft(claimant, chain, m, span, statement_date)
                    _add_to(d, sent, {event} if event else set(), casualties)
                    made.append(d)
                    claimant_dates[claimant] = (i, span)
            if event_dates:
                paragraph_date = (sent.para, event_dates[-1][1])
            recent.append((i, made))
        return [self._claim(report, d, outlet_name, outlet_side) for d in drafts.values()]

    def _headline_voice(self, headline: str) -> str | None:
        """The claimant whose statement the report is, when its headline says so."""
        for h in self.scanner.scan(headline) if headline else ():
            if h.kind == "claimant" and (
                _STATEMENT_OF.search(headline[: h.start])
                or _STATEMENT_AFTER.match(headline[h.end :])
            ):
                return h.ids[0]
        return None

    # -- places ----------------------------------------------------------------------------

    def _place_mentions(self, sent: Sentence, hits: list[Hit]) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        text = sent.text
        speakers = {(h.start, h.end) for h in hits if h.kind == "claimant"}
        place_hits = [
            h
            for h in hits
            if h.kind == "place"
            and not ((h.start, h.end) in speakers and self._actor(sent, h.start, h.end))
        ]
        for h in place_hits:
            rel = h.start - sent.start
            if h.weak:
                after = text[h.end - sent.start : h.end - sent.start + 20]
                others = any(
                    o is not h and not o.weak and abs(o.start - h.start) < 40 for o in place_hits
                )
                if not (
                    _PLACE_CUE.search(text, sent.folded, rel - 40, rel)
                    or _PLACE_CUE_AFTER.match(after)
                    or others
                ):
                    continue
            if _dateline(text, rel, h.end - sent.start):
                continue
            places = [self.gazetteer.places[p] for p in h.ids if p in self.gazetteer.places]
            mention = PlaceMention(
                h.start,
                h.end,
                text[rel : h.end - sent.start],
                places[0] if len(places) == 1 else None,
                tuple(p.id for p in places),
                "exact",
                1.0,
                bool(_NEAR.search(text, sent.folded, rel - 40, rel)),
            )
            out.append(mention)
        covered = [(m.start, m.end) for m in out]
        found = [
            (match.start(group), match.group(group))
            for match in _CONTEXT_NAME.finditer(text, sent.folded)
            for group in ("name", "name2")
            if match.group(group)
        ] + [(match.start(), match.group("name3"))
             for match in _APPOSITION_NAME.finditer(text, sent.folded)]
        for rel, name in sorted(found):
            if _NOT_A_NAME.match(name.split()[0]) or key(name) in self._alias_keys:
                continue  # "the villages of Azerbaijan": a country, named as a side
            start = sent.start + rel
            end = start + len(name)
            if not _overlaps(covered, start, end):
                out.append(_mention(sent, start, end, self._lookup(name)))
                covered.append((start, end))
        out += self._spelled_otherwise(sent, covered)
        out.sort(key=lambda m: m.start)
        self._areas(sent, out)
        return out

    def _spelled_otherwise(
        self, sent: Sentence, covered: list[tuple[int, int]]
    ) -> list[PlaceMention]:
        """Capitalised names that the gazetteer spells otherwise but whose matching key is a
        place's ("Chouchi" = Shushi, "Джермуке" = Jermuk, "Verin Chorja"): no fuzzy guesses,
        no ordinary words, no short names."""
        out = []
        for run in _CAPITALISED.finditer(sent.text):
            for a, b, res in self._run_names(run.group()):
                start, end = sent.start + run.start() + a, sent.start + run.start() + b
                if _overlaps(covered, start, end) or _dateline(
                    sent.text, start - sent.start, end - sent.start
                ) or (res.place and res.place.id in self._voices and self._actor(sent, start, end)):
                    continue
                out.append(_mention(sent, start, end, res))
                covered.append((start, end))
        return out

    def _run_names_uncached(self, run: str) -> tuple[tuple[int, int, Resolution], ...]:
        """The stretches of a run of capitalised words (up to three words, longest first)
        whose key names a place."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(run)][:3]
        found = []
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                a, b = words[i][0], words[i + size - 1][1]
                res = self._key_lookup(run[a:b])
                if res is not None:
                    found.append((a, b, res))
        return tuple(found)

    def _key_lookup_uncached(self, name: str) -> Resolution | None:
        """The lookup of a name when it matched exactly or by key, else None."""
        if len(name) < 5 or fold(name) in self.gazetteer.common_words:
            return None
        res = self.matcher.lookup(name)
        if res.status == "unresolved" or res.best.method not in ("exact", "variant", "key"):
            return None
        return res

    def _areas(self, sent: Sentence, mentions: list[PlaceMention]) -> None:
        """Re-resolve names that an area word makes areas: "Lachin district", "la région de
        Hadrout", "the Dashkasan, Kalbajar and Lachin districts"."""
        text = sent.text
        lists: list[list[PlaceMention]] = []
        for m in mentions:
            if lists and _LIST_GAP.match(text[lists[-1][-1].end - sent.start:m.start - sent.start]):
                lists[-1].append(m)
            else:
                lists.append([m])
        for group in lists:
            last = group[-1]
            after = _AREA_AFTER.match(text[last.end - sent.start:])
            targets = []
            if after:
                plural = after.group("word").casefold().endswith(("s", "ов", "ах"))
                targets = group if plural else [last]
            targets += [m for m in group if all(m is not t for t in targets)
                        and _AREA_BEFORE.search(text, sent.folded, m.start - sent.start - 30,
                                                m.start - sent.start)]
            for m in targets:
                res = self._lookup(f"{m.text} district")
                best = res.best
                if best and res.status != "unresolved" and best.place.precision in (
                        "district", "region"):
                    m.place, m.candidates = best.place, (best.place.id,)
                    m.method, m.score = "key", best.score

    @classmethod
    def _actor(cls, sent: Sentence, start: int, end: int) -> bool:
        """A capital's name (which is also its side's voice) names an actor unless a locative
        word stands before it ("in Baku", "the shelling of Stepanakert", "в Степанакерте") or a
        passive follows ("Stepanakert was shelled", "Степанакерт подвергся обстрелу")."""
        rel_s, rel_e = start - sent.start, end - sent.start
        located = _LOCATIVE_BEFORE.search(sent.text[max(0, rel_s - 90) : rel_s]) or (
            _PASSIVE_AFTER.match(sent.text[rel_e : rel_e + 80])
        )
        return not located or cls._speaks(sent, start, end)

    @staticmethod
    def _speaks(sent: Sentence, start: int, end: int) -> bool:
        """A capital's name that stands for its government or forces ("Baku said", "according
        to Yerevan", "Baku forces") names an actor here, not a location."""
        rel_s, rel_e = start - sent.start, end - sent.start
        after = sent.text[rel_e : rel_e + 80]
        return bool(
            _ACTOR_NOUN.match(after)
            or _speech_after(sent, rel_e) is not None
            or _ACCORDING.search(sent.text, sent.folded, rel_s - 40, rel_s)
            or _ACTOR_BEFORE.search(sent.text, sent.folded, rel_s - 40, rel_s)
        )

    def _settle_homonyms(self, mentions: list[list[PlaceMention]]) -> None:
        """Resolve a name several places carry using the report's other places: the candidate
        near them, else the one in the same country as the other places of its sentence."""
        located = [m.place for ms in mentions for m in ms
                   if m.place is not None and m.place.precision not in ("district", "region")]
        for ms in mentions:
            for m in ms:
                if m.place is not None or len(m.candidates) < 2:
                    continue
                places = [self.gazetteer.places[pid] for pid in m.candidates]
                near = [p for p in places if any(
                    o.id != p.id and distance_km(p, o) <= 30 for o in located)]
                if len(near) != 1:
                    countries = {o.place.country for o in ms if o.place is not None}
                    pool = near or places
                    near = [p for p in pool if p.country in countries] if countries else []
                if len(near) == 1:
                    m.place = near[0]
                    m.method = "context" if m.method == "exact" else m.method

    # -- attribution -----------------------------------------------------------------------

    def _attribution(
        self,
        sent: Sentence,
        claimant_hits: list[Hit],
        history: list[tuple[int, Attribution]],
        index: int,
    ) -> Attribution | None:
        text = sent.text
        found: list[tuple[int, str, int]] = []  # (position, claimant id, speech end)
        for h in claimant_hits:
            rel_s, rel_e = h.start - sent.start, h.end - sent.start
            verb_end = _speech_after(sent, rel_e)
            if verb_end is not None:
                found.append((rel_s, h.ids[0], verb_end))
                continue
            if _ACCORDING.search(text, sent.folded, rel_s - 40, rel_s):
                found.append((rel_s, h.ids[0], rel_e))
                continue
        if found:
            # Several bodies of one statement ("the ministry and the service declared") each
            # make the claim; "X, citing Y" nests Y inside X.
            found.sort()
            ids = tuple(dict.fromkeys(c for _, c, _ in found))
            speech_end = max(e for _, _, e in found)
            start = found[0][0]
            citing = _CITING.search(text, sent.folded, start)
            if citing and len(ids) > 1 and start + citing.start() < speech_end + 40:
                chain = ids
                claimants = (ids[-1],)
            else:
                chain = ()
                claimants = ids
            claimants = self._defer_generic(claimants, history, index)
            return Attribution(claimants, chain or claimants, speech_end, start, True)
        # "..., the statement claimed" / "it added" / "according to it": the last claimant named.
        if not history or history[-1][0] < index - 4:
            return None
        backref = _ACCORDING_BACKREF.search(text, sent.folded)
        if backref:
            prev = history[-1][1]
            return Attribution(prev.claimants, prev.chain, backref.end(), backref.start(), True)
        for verb_start, verb_end in sent.verbs:
            if _BACKREF.search(text[max(0, verb_start - 40) : verb_start]):
                prev = history[-1][1]
                return Attribution(prev.claimants, prev.chain, verb_end, verb_start, True)
        return None

    def _defer_generic(
        self, claimants: tuple[str, ...], history: list[tuple[int, Attribution]], index: int
    ) -> tuple[str, ...]:
        """A side's generic voice ("Baku") stands for the specific body of that side named in
        the last few sentences (whose statement it is)."""
        out: list[str] = []
        for cid in claimants:
            c = self.gazetteer.claimants.get(cid)
            specific: list[str] = []
            if c is not None and c.kind in ("generic", "unspecified"):
                for j, att in reversed(history):
                    if j < index - 4 or specific:
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

    def _closing_attribution(self, sentences, by_sentence, i, history) -> Attribution | None:
        """The attribution of the sentence that closes a quote opened in sentence i."""
        for j in range(i + 1, min(i + 4, len(sentences))):
            if sentences[j].para != sentences[i].para:
                return None
            claimant_hits = [h for h in by_sentence[j] if h.kind == "claimant"]
            att = self._attribution(sentences[j], claimant_hits, history, j)
            if att is not None:
                return Attribution(att.claimants, att.chain)
            if _closes_quote(sentences[j].text):
                return None
        return None

    # -- dates -----------------------------------------------------------------------------

    def _classify_dates(
        self,
        sent: Sentence,
        sdates: list[DateMention],
        att: Attribution,
        text: str,
        folded: str,
    ) -> tuple[list[tuple[int, DateSpan]], date | None]:
        """(event dates as (offset in sentence, span), the statement date)."""
        events: list[tuple[int, DateSpan]] = []
        statement: date | None = None
        for d in sdates:
            if d.span.start is None or d.span.end is None:
                continue
            if _is_reference(text, folded, d, sent.start):
                continue  # "the November 10 agreement": dates a document, not this event
            rel, rel_end = d.start - sent.start, d.end - sent.start
            # "On December 13, the ministry declared that ..." or "the ministry said on Sunday
            # that ...": the date introduces the statement.
            if (
                att.own
                and att.statement_start >= 0
                and (
                    0 <= att.statement_start - rel_end <= 6
                    or att.statement_start <= rel < att.speech_end + 12
                )
            ):
                statement = d.span.end
                continue
            events.append((rel, d.span))
        return events, statement

    # -- output ----------------------------------------------------------------------------

    def _claim(self, report: Report, d: Draft, outlet_name: str, outlet_side: str) -> Claim:
        cid, name, side, known = self._resolve(d.claimant)
        if not known and d.claimant == d.chain[0]:
            name, side = outlet_name, outlet_side
        m = d.mention
        sentences = sorted(d.sentences, key=lambda s: s.start)
        first, last = sentences[0], sentences[-1]
        quote = " … ".join(s.text for s in sentences[:MAX_QUOTE_SENTENCES])
        if len(sentences) > MAX_QUOTE_SENTENCES:
            quote += f" … (+{len(sentences) - MAX_QUOTE_SENTENCES} more sentences)"
        event = next((e for e in EVENT_PRIORITY if e in d.events), "unknown")
        others = sorted(d.events - {event}, key=EVENT_PRIORITY.index)
        notes = []
        if others:
            notes.append("also: " + ", ".join(others))
        if d.casualty_notes:
            notes.append("casualties: " + "; ".join(d.casualty_notes))
        if m.near:
            notes.append(f"near {m.place.name if m.place else m.text}")
        seed = f"{report.path}|{first.start}|{cid}|{m.place.id if m.place else m.text}|{d.date}"
        claim = Claim(
            claim_id="c-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12],
            report=report.path,
            date=d.date,
            place_text=m.text,
            claimant=cid,
            claimant_name=name,
            claimant_side=side,
            claim_chain=tuple(
                self._resolve(c)[1] if c in self.gazetteer.claimants else c
                for c in d.chain
            ),
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
            claim.place_names = self._display_names(p.id)
            claim.lat, claim.lon = p.lat, p.lon
            claim.precision = p.precision
            claim.uncertainty_m = max(p.uncertainty_m, NEAR_RADIUS_M) if m.near else p.uncertainty_m
            claim.method, claim.score = m.method, m.score
        else:
            claim.candidates = m.candidates
            claim.method = "ambiguous" if len(m.candidates) > 1 and m.score >= 0.9 else "unresolved"
            claim.problems.append(f"place {m.text!r} is {claim.method}")
        return claim


# -- helpers -----------------------------------------------------------------------------------


def _recent_date(
    claimant_dates: dict[str, tuple[int, DateSpan]], claimants: Iterable[str], index: int
) -> DateSpan | None:
    for c in claimants:
        if c in claimant_dates and index - claimant_dates[c][0] <= 3:
            return claimant_dates[c][1]
    return None


def _sentences(text: str, folded: str, ignored: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Sentences with offsets into ``text`` (``folded`` is ``fold(text)``), skipping ignored
    spans; para numbers paragraphs."""
    blocked = sorted(ignored)
    out: list[Sentence] = []
    para = 0
    pos = 0
    breaks = [pm for pm in _PARAGRAPH.finditer(text) if not _wrapped(text, pm.start(), pm.end())]
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
            seg = text[s:b]
            lead = len(seg) - len(seg.lstrip())
            st, en = s + lead, s + len(seg.rstrip())
            s = b
            if en - st < 3:
                continue
            if any(
                (bs <= st and en <= be) or (bs <= st < be and be - st > (en - st) // 2)
                for bs, be in blocked
            ):
                continue
            while en - st > MAX_SENTENCE:  # text without full stops: cut at a space
                cut = text.rfind(" ", st + MAX_SENTENCE // 2, st + MAX_SENTENCE)
                cut = cut if cut > st else st + MAX_SENTENCE
                out.append(Sentence(st, cut, para, text[st:cut], folded[st:cut]))
                st = cut + 1
            out.append(Sentence(st, en, para, text[st:en], folded[st:en]))
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


def _speech_after(sent: Sentence, start: int) -> int | None:
    """Where a speech verb that makes the words before ``start`` a speaker ends, or None."""
    verb = next(((a, b) for a, b in sent.verbs if start <= a and b <= start + 80), None)
    if verb is None:
        return None
    between = sent.text[start : verb[0]]
    between = re.sub(r"\([^)]*\)", " ", between)  # "(SSS)"
    if re.search(r"[.;:!?\"“”«»]", between):
        return None
    words = re.findall(r"[\w'’-]+", between)
    filler = {
        "has",
        "have",
        "had",
        "also",
        "further",
        "later",
        "earlier",
        "then",
        "on",
        "in",
        "a",
        "an",
        "the",
        "statement",
        "its",
        "their",
        "press",
        "service",
        "officially",
        "and",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "'s",
        "s",
        "repeatedly",
        "again",
        "today",
        "yesterday",
        "reportedly",
        "été",
        "ont",
        "также",
        "в",
        "своем",
        "своём",
        "заявлении",
        "dans",
        "un",
        "communiqué",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "night",
        "morning",
        "evening",
        "late",
        "that",
        "insisted",
        "said",
        "would",
        "will",
        "is",
        "are",
        "was",
        "were",
        "et",
        "se",
        "sont",
        "est",
        "mutuellement",
        "each",
        "other",
        "both",
        "и",
        "взаимно",
    }
    if (
        len(words) > 7
        or sum(w.casefold() not in filler and not w[0].isupper() and not w.isdigit() for w in words)
        > 2
    ):
        return None
    return verb[1]


def _mention(sent: Sentence, start: int, end: int, res: Resolution) -> PlaceMention:
    """A name of the sentence at [start, end) as the matcher resolved it."""
    rel = start - sent.start
    best = res.best
    return PlaceMention(
        start,
        end,
        sent.text[rel : end - sent.start],
        res.place,
        tuple(c.place.id for c in res.candidates),
        best.method if best else "",
        best.score if best else 0.0,
        bool(_NEAR.search(sent.text, sent.folded, rel - 40, rel)),
    )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _dateline(text: str, start: int, end: int) -> bool:
    """A name in capitals at the start of a line ("BAKU, 13 September", "YEREVAN –"): where the
    report was filed, not where anything happened."""
    line_start = text.rfind("\n", 0, start) + 1
    return end - start >= 3 and text[start:end].isupper() and not text[line_start:start].strip()


def _opens_quote(text: str) -> bool:
    return text.lstrip()[:1] in '“"«' and not _closes_quote(text.lstrip()[1:])


def _closes_quote(text: str) -> bool:
    return any(q in text for q in '”"»')


def _with_barriers(
    text: str, folded: str, found: list[tuple[int, str | None]]
) -> list[tuple[int, str | None]]:
    """The triggers of a sentence with its movement barriers added, in order."""
    return sorted(found + [(m.start(), None) for m in _BARRIER.finditer(text, folded)])


def _event_for(events: list[tuple[int, str | None]], offset: int) -> str | None:
    """The event of a place: the trigger nearest before it, else the first after it (also when
    a movement word stands between: "the positions located near X were shelled")."""
    before = [e for e in events if e[0] < offset]
    if before and before[-1][1]:
        return before[-1][1]
    after = [e for e in events if e[0] > offset and e[1]]
    return after[0][1] if after else None


def _nearest_before(event_dates: list[tuple[int, DateSpan]], offset: int) -> DateSpan | None:
    before = [d for d in event_dates if d[0] < offset]
    if before:
        return before[-1][1]
    return event_dates[0][1] if event_dates else None


def _casualties(text: str, folded: str) -> tuple[int | None, int | None, list[str]]:
    """Killed and wounded counts stated in a sentence, with the phrases they came from.

    A count stands before a passive or bare casualty word ("four soldiers were killed", "two
    wounded") or after an active one ("killing four soldiers", "shelling killed 3 and wounded
    5"); a number counts once.
    """
    killed = wounded = None
    notes: list[str] = []
    used: set[int] = set()  # start offsets of numbers already counted
    matches = list(_CASUALTY.finditer(text, folded))
    for k, m in enumerate(matches):
        prev_end = matches[k - 1].end() if k else 0
        stops = [s.end() for s in _CLAUSE_STOP.finditer(text, prev_end, m.start())]
        before_start = stops[-1] if stops else prev_end  # the count stays in its clause
        word = m.group(0).casefold()
        count = None
        if not word.endswith("ing"):  # "killing four soldiers": the count follows
            passive = _PASSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            reach = 80 if passive else 30
            count = _numbers(text, max(before_start, m.start() - reach), m.start(), used)
        if count is None:
            nxt = matches[k + 1].start() if k + 1 < len(matches) else len(text)
            end = nxt
            cut = _FORWARD_STOP.search(text, m.end(), nxt)
            if cut:
                end = cut.start()
            count = _numbers(text, m.end(), min(end, m.end() + 80), used)
        if count is None:
            continue
        if m.group("killed"):
            killed = (killed or 0) + count
            notes.append(f"{count} killed")
        else:
            wounded = (wounded or 0) + count
            notes.append(f"{count} wounded")
    return killed, wounded, notes


# Where the count after an active casualty word ends: a full stop, or a comma that does not
# go on with "and" and another number ("two soldiers, and a civilian" goes on).
_FORWARD_STOP = re.compile(
    r"[.;!?]|,(?!\s*(?:and|as\s+well\s+as|et|и)\s+(?:an?\s+|\d|"
    + "|".join(w for w in _NUMBER_WORDS if " " not in w) + r"))", re.I)


def _numbers(text: str, start: int, end: int, used: set[int]) -> int | None:
    total = None
    for n in _NUMBER_RE.finditer(text, start, end):
        if n.start() in used:
            continue
        if n.group("digits"):
            value = int(n.group("digits"))
            if 1900 <= value <= 2100:
                continue
        elif n.group("word"):
            value = _NUMBER_WORDS[n.group("word").casefold()]
        else:
            value = 1
        used.add(n.start())
        total = (total or 0) + value
    return total


def _add_to(d: Draft, sent: Sentence, events: set[str], casualties) -> None:
    killed, wounded, notes = casualties
    if sent.start not in d.starts:
        d.starts.add(sent.start)
        d.sentences.append(sent)
        # Restated counts are not added up across sentences: the largest stands.
        if killed is not None:
            d.killed = max(d.killed or 0, killed)
        if wounded is not None:
            d.wounded = max(d.wounded or 0, wounded)
        d.casualty_notes.extend(notes)
    d.events |= events
    if killed is not None or wounded is not None:
        d.events.add("casualty_report")


def _drop_enclosing_areas(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """An area named beside finer places that lie in it is context, not a claim of its own."""
    fine = [
        m.place for m in mentions if m.place and m.place.precision not in ("district", "region")
    ]
    if not fine:
        return mentions
    out = []
    for m in mentions:
        p = m.place
        if (
            p
            and p.precision in ("district", "region")
            and any(distance_km(p, f) * 1000 <= p.uncertainty_m * 1.5 for f in fine)
        ):
            continue
        out.append(m)
    return out


def _is_reference(text: str, folded: str, d: DateMention, floor: int) -> bool:
    """True when a date names a document ("the November 10 agreement", "signed on ..."), not an
    event; ``floor`` bounds how far back the words before it are read."""
    return bool(_REFERENCE_AFTER.match(text[d.end : d.end + 40])
                or _REFERENCE_BEFORE.search(text, folded, max(floor, d.start - 45), d.start))


def _frame(dates: list[DateMention], text: str, folded: str, published: date | None) -> DateSpan:
    """The date of claims that give none: the span of the report's event dates, else the week
    before publication, else unknown."""
    spans = [
        d.span
        for d in dates
        if d.span.start
        and d.span.end
        and not _is_reference(text, folded, d, 0)
        and (published is None or d.span.end <= published)
    ]
    if spans:
        start = min(s.start for s in spans if s.start)
        end = max(s.end for s in spans if s.end)
        if (end - start).days <= 14:
            return DateSpan(
                start, end, "range" if start != end else "day", "dates named in the report"
            )
    if published:
        return DateSpan(
            published - timedelta(days=7),
            published,
            "range",
            f"undated: the week before publication ({published.isoformat()})",
        )
    return DateSpan.unknown()


@dataclass
class ReportResult:
    """What one report file gave: its claims, or the error that stopped it, and notices."""

    path: str
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None
    notices: list[str] = field(default_factory=list)


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
) -> Iterable[ReportResult]:
    """Extract claims from report files and folders ('-' reads ``stdin``), one result a file,
    streaming: memory does not grow with the number of reports. A file that cannot be read
    gives a result with ``error`` set; the others go on."""
    from mapper.errors import ReportError
    from mapper.reports import iter_report_paths, read_report

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
        yield ReportResult(
            path, extractor.extract(report), notices=[f"{path}: {n}" for n in report.notices]
        )
