"""English words extraction reads. Each list holds regular-expression fragments matched as whole
words, case-insensitively; a trigger list's key is its event type. Adding a word is one line."""

#: "state" and "states" as verbs, not the noun of "the state border", "state media".
_STATE_VERB = (r"states?(?!\s+(?:borders?|media|news|agency|agencies|service|services|security"
               r"|committee|commission|television|tv|duma|secretary|minister|department|of)\b)")
#: "reads" and "read" of a text that is quoted ('"...," reads the statement of X', 'the
#: ministry's statement reads: "..."', '"...," read a ministry statement'), not of someone
#: reading ("officials read reports"): "read" only just after a quote or a comma.
_DOCUMENT = r"(?:statement|communiqué|message|release|post|bulletin|notice)s?\b"
_READS_VERB = (rf"(?:reads|read(?<=[,\"”»’]\sread))(?=\s*[:.,]|\s+(?:a|an|the|its|their)\s+"
               rf"(?:[\w'’-]+\s+){{0,4}}?{_DOCUMENT})")
#: Verbs that make the words before them a speaker ("the ministry said").
SPEECH = [
    "say", "says", "said", "claim", "claims", "claimed", "report", "reports", "reported",
    "declare", "declares", "declared", _STATE_VERB, "stated", "announce", "announces",
    "announced", "insist", "insists", "insisted", "allege", "alleges", "alleged", "accuse",
    "accuses", "accused", "deny", "denies", "denied", "confirm", "confirms", "confirmed", "note",
    "notes", "noted", "add", "adds", "added", "tell", "tells", "told", "write", "writes", "wrote",
    "warn", "warns", "warned", "assert", "asserts", "asserted", "maintain", "maintains",
    "maintained", "argue", "argues", "argued", "inform", "informs", "informed", "recorded",
    "registered", "reiterate", "reiterated", "charge", "charged", "blame", "blames", "blamed",
    "respond", "responded", "reject", "rejected", "call", "calls", "called", "urge", "urges",
    "urged", "promise", "promises", "promised", "threaten", "threatens", "threatened", "describe",
    "describes", "described", "term", "terms", "termed", "disclose", "disclosed", "reveal",
    "revealed", "publish", "published", "counter", "countered", "dismiss", "dismissed", "refute",
    "refuted", "acknowledge", "acknowledged", "admit", "admitted", "mention", "mentioned",
    "specify", "specified", "explain", "explained", "quote", "quoted", "regards", "regarded",
    "considers", "considered", "views", "viewed", "condemn", "condemns", "condemned", "denounce",
    "denounces", "denounced", _READS_VERB,
    # "issued a statement", "released its report": what the statement then says is the body's
    r"(?:issued|released)(?=\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:statement|communiqué|report|"
    r"update|release|bulletin)\b)",
]
#: Words between a speaker and its verb that keep them together ("the ministry has also said").
SPEECH_FILLER = [
    "has", "have", "had", "also", "further", "later", "earlier", "then", "on", "in", "a", "an",
    "the", "statement", "its", "their", "press", "service", "officially", "and", "spokesperson",
    "spokesman", "spokeswoman", "'s", "s", "repeatedly", "again", "today", "yesterday",
    "reportedly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "night", "morning", "evening", "late", "that", "insisted", "said", "would", "will", "is",
    "are", "was", "were", "each", "other", "both",
]
#: After a speech verb: where it was said, which adds no clause ("said in a statement on its
#: website", "told reporters", "said in a statement released on Sunday").
SPEECH_CHANNEL = [
    r"(?:in|on|at|to|via|through|during)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:statement|website|site|telegram(?:\s+channel)?|facebook(?:\s+page)?"
    r"|twitter|social\s+media|press\s+release|briefing|(?:news|press)\s+conference|reporters"
    r"|journalists|interview|bulletin|post|channel|page)"
    r"(?:\s+(?:released|issued|published|posted|made))?",
    r"told\s+(?:reporters|journalists)",
    # the object of "told" after it: "told a news conference on Thursday", "told reporters"
    r"(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|reporters|journalists",
]
#: Nouns that end a subject of their own after a comma ("..., AFP reporters said", "...,
#: residents said"): the name before the comma is no speaker.
SUBJECT_NOUNS = ["reporters", "correspondents", "journalists", "residents", "witnesses",
                 "eyewitnesses", "sources", "officials", "villagers"]
#: Words before a speaker: "according to the ministry".
#: Words of a time that may stand between a participle and its agent ("announced on Monday by").
_WHEN = (r"on|late|early|earlier|today|yesterday|monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday|morning|evening|night")
ACCORDING = [
    r"according\s+to", r"according\s+to\s+(?:a|the)\s+(?:statement|report|bulletin|release)\s+"
    r"(?:by|from|of)", "citing", "quoting", r"with\s+reference\s+to", r"cited\s+by",
    r"quoted\s+by", r"as\s+reported\s+by", "per",
    r"in\s+(?:a|the)\s+statement\s+(?:(?:made|issued|released|published)\s+)?(?:by|from|of)",
    r"reports?\s+(?:from|by)",
    rf"(?:reported|announced|confirmed|stated)(?:\s+(?:{_WHEN}))*\s+by",
    rf"announcement(?:\s+(?:{_WHEN}))*\s+by",
    # what another body put out, which the speaker denies: that body's claim
    r"(?:spread|disseminated|circulated|published|put\s+out)\s+by",
    # the text the body put out, by its kind ("according to a statement released by X")
    rf"(?:statement|release|report|information|data|bulletin|communiqu[eé])\s+"
    rf"(?:released|issued|provided|posted|made\s+public)(?:\s+(?:{_WHEN}))*\s+by",
]
#: Roles between "according to" and the body they speak for ("according to a spokesman for
#: the ministry").
ACCORDING_ROLES = [r"(?:a\s+|the\s+)?(?:spokesperson|spokesman|spokeswoman|representative|"
                   r"press\s+secretary|head|members?)\s+(?:of|for)", "some", "several",
                   r"(?:the\s+)?press\s+(?:service|office|cent(?:re|er))\s+of",
                   # an outlet by its trade ("according to the newspaper X")
                   r"(?:the\s+)?(?:newspaper|daily|news\s+agency|agency|website|portal|outlet)"]
ARTICLES = ["the"]
#: "according to it": the last speaker named.
ACCORDING_BACK = ["according\\s+to"]
BACK_PRONOUNS = ["it", "them", "him", "her", "ministry", "statement", "agency", "service",
                 r"a\s+statement",
                 # the text the body put out, named by its kind ("According to the communique,")
                 "communiqu[eé]", r"(?:press\s+)?release", "bulletin"]
#: After a claimant: what it is said to claim, nested in another's words ("X's statement,
#: claiming that ...").
CLAIMING = [r"claiming\s+that", r"alleging\s+that", r"claims?\s+that", r"allegations?\s+that",
            r"accusations?\s+that", "claiming", "alleging"]
CITING = ["citing", "quoting", r"with\s+reference\s+to", r"referring\s+to"]
#: Verbs before a name whose words the speaker denies ("denied Baku's claims"): not a speaker.
#: What a denial denies, whose owner is named with it ("опроверг сообщение азербайджанской
#: стороны", "denied Baku's claims", "a démenti les informations de Bakou"), and the words
#: between it and its owner named after it.
DENIED_STATEMENT = [r"reports?", r"claims?", r"statements?", r"allegations?", "information",
                    r"accusations?", r"assertions?"]
#: Articles between a denying verb and an adjective that names whose statement it denies.
DENIAL_ARTICLES: list[str] = ["the", "an?"]
DENIED_STATEMENT_LINKS = ["of", "by", "from", r"of\s+the", r"by\s+the", r"from\s+the"]
DENYING = [r"den(?:y|ies|ied|ying)", r"refut\w*", r"reject\w*", r"dismiss\w*", r"rebuff\w*"]
#: Between a word of a statement and its owner, how it went round ("the information spread by
#: X", "reports circulated in X's media"): whose words a sentence is about, not who speaks.
STATEMENT_SPREAD = [r"(?:spread|circulated|disseminated|distributed|published|posted)"
                    r"\s+(?:by|in|on)"]
#: What a speaker calls words it does not take for true ("... is false", "disinformation"):
#: the words called so are their owner's claim, not the speaker's. ("lie" is left out: it is
#: also where a place lies.)
FALSEHOOD = [r"false", r"untrue", r"not\s+true", r"disinformation", r"misinformation", r"fake",
             r"baseless", r"groundless", r"fabricat\w*", r"unfounded"]
#: After a denial and its comma: the words that open the denier's own account ("Baku
#: denied the report, saying its units only returned fire near X"): its claim.
DENIAL_THEN_SAYING = ["saying", "adding", "stating", "insisting", "claiming", "noting",
                      "explaining", "asserting", "arguing", "maintaining"]
#: After a denying verb: what was just told, which the speaker denies ("but Baku denied it",
#: "Yerevan rejected the claims"): the speaker claims nothing of it.
DENIED_OBJECT = [r"(?:it|this|that|them|(?:the|these|those|such)\s+(?:\w+\s+)?(?:claims?|reports?|"
                 r"allegations?|accusations?|information|charges?|statements?))"
                 r"(?:\s+as\s+[\w-]+)?(?=\s*(?:[.;,!?]|$))"]
#: Words before a body that make it the one written or appealed to, not a speaker ("in a letter
#: to UNESCO's Director-General, Pashinyan said").
ADDRESSED = [r"(?:letters?|messages?|appeals?|appealed|complaints?|wrote|written|addressed|sent)"
             r"\s+to"]
#: Subjects of a speech verb that refer back to the last speaker ("the ministry added").
BACK_SUBJECTS = [
    "statement", "release", r"press\s+release", "ministry", r"ministry's\s+statement", "service",
    "agency", "spokesman", "spokeswoman", "spokesperson", r"press\s+service", "report",
    "communiqué", "it", "he", "she", "they", "officials",
]
#: A sentence that opens with speech nobody is named for ("Отмечается, что ...", "It was noted
#: that ..."): the words of the voice named last.
IMPERSONAL_OPENING = [r"it\s+(?:was|is|has\s+been)\s+(?:noted|reported|added|stressed|specified)"]
BACK_DETERMINERS = ["the", "its", "their"]
# ("It also said", "He later said", "The ministry earlier reported")
BACK_ADVERBS = ["also", "further", "then", "later", "earlier", "again", "previously",
                "subsequently"]
#: Openings of a sentence that goes on with the previous one's account.
CONTINUES = [
    r"for\s+example", r"for\s+instance", r"in\s+particular", "specifically", r"in\s+addition",
    "additionally", "moreover", "furthermore", "besides", "also", "then", "later", "these",
    "this", "those", "they", "it", r"the\s+attacks?\b", r"the\s+operation", r"the\s+assault",
    r"the\s+shelling", r"as\s+a\s+result", r"in\s+the\s+course", r"during\s+the",
]
CONTINUES_LEAD = [r"however,?", "but", "and", "yet"]
#: A sentence opening with these tells what someone said before, an aside: "the statement" of a
#: later sentence is not that voice's ("Earlier, Armenia reported ... '...,' the statement said").
ASIDE_OPENING = ["earlier", "previously"]

#: A capital's name followed by these names its government or forces ("Baku's forces").
ACTOR_NOUNS = [
    "forces", "troops", "army", "military", "units", "government", "authorities", "side",
    "regime", "leadership", "administration", "soldiers", r"allegations?", r"claims?",
    r"accusations?", r"statements?", "position", "version", "response", "policy", "propaganda",
    "aggression", r"provocations?", "narrative", r"officials?", "time", r"efforts?",
    r"attempts?", r"actions?", r"demands?", r"plans?", r"intentions?", "refusal", r"decisions?",
    "stance", "rhetoric", r"threats?",
    # what it launched ("Baku's recent offensive", "Baku's military operation")
    r"offensives?", r"operations?", "victory",
]
#: Words before a capital that make it the one accused or addressed ("accused Baku of").
ACTOR_BEFORE = [
    r"accus\w*", r"blam\w*", r"urg\w*", r"call\w*\s+on", r"warn\w*", r"condemn\w*",
    r"critici[sz]\w*", "told", "asked", "ask", r"demand\w*\s+(?:from|of)", r"appeal\w*\s+to",
    r"(?:officials|authorities|administration|government|leadership)\s+in",
    r"(?:said|noted|stated|announced|declared|added|insisted|believe|say)\s+in",
    # "under the control of Baku", "a provocation by Yerevan": the side that holds or acts
    r"control\s+of", "by",
]
ACTOR_OFFICIALS = [r"officials?\s+(?:in|of)"]
#: Words before a capital that make it a location ("in Baku", "the shelling of Stepanakert").
LOCATIVE = [
    "in", "on", "at", "near", "over", "into", "onto", "to", "towards?", "around", "of", "from",
    "outside", "hit", "struck", r"shell\w*", r"bomb\w*", r"target\w*", r"attack\w*",
]
CITY_WORDS = ["city", "capital", "town"]
#: Between an event word and the name it was done to ("fired at Kut", "opened fire on
#: Stepanakert"): the name is its object, a place.
EVENT_OBJECT_PREPOSITIONS = ["at", "on", "upon", r"towards?"]
#: After a capital: it is the one something happened to ("Stepanakert was shelled").
PASSIVE_AFTER = [
    "was", "were", r"has\s+been", r"have\s+been", r"had\s+been", r"is\s+being", r"came\s+under",
    r"comes\s+under",
]


def _not_since(truce: str) -> str:
    """``truce`` not after a word that only dates what follows ("since the ceasefire, ..."),
    where it is no subject."""
    return truce + "".join(rf"(?<!{p}\sthe\s{truce})"
                           for p in ("since", "after", "before", "during", "despite", "following",
                                     "until"))


#: Trigger words by event type (the types are ACLED-like; see EVENT_PRIORITY).
TRIGGERS = {
    "capture": [
        r"captur\w*", r"seiz\w*", r"(?:took|taken)\s+(?:full\s+|complete\s+|total\s+)?control",
        r"establish\w*\s+control",
        r"gained\s+control", "entered", "enter", r"occup\w*", r"liberat\w*", r"regain\w*",
        "retook", r"retak(?:e|en|es|ing)", r"recaptur\w*", "overran",
        # ground taken over, not an office ("took over the duties of the mayor")
        r"(?:took|tak(?:en|es|ing))\s+over(?!\s+(?:(?:the|his|her|their|its)\s+)?(?:duties|duty|"
        r"posts?|roles?|office|responsibilit\w*|positions?\s+of|management|leadership|command|"
        r"presidency|chair\w*|portfolio)\b)",
        r"came\s+under\s+(?:the\s+)?control",
        # territory handed to the other side: a handover done ("the district was handed over",
        # "handed over the three districts", "the region passed to ..."), not one still to come
        # ("is to be handed over", "must hand over": no "was" before, no past form)
        r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:handed|turned)\s+over",
        r"(?:handed|turned)\s+over\s+(?:the\s+)?(?:[\w,'’-]+\s+){0,4}?(?:districts?|regions?|"
        r"provinces?|territor(?:y|ies)|lands?|areas?|villages?|towns?|city|cities)\b",
        r"(?:districts?|regions?|provinces?|territor(?:y|ies)|villages?|towns?|city)\s+"
        r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:\w+\s+)?"
        r"(?:passed|returned|reverted|transferred|ceded)\s+(?:back\s+)?(?:to|under)\b",
        r"(?:passed|returned|reverted|transferred)\s+(?:back\s+)?(?:to|under)\s+(?:the\s+)?"
        r"(?:\w+\s+)?control\b",
        r"ced(?:ed|es|ing)",
        r"fell\s+to",
        # "took the village of X": a settlement taken (not "took 15 sheep", "took part")
        r"took\s+(?:the\s+)?(?:village|town|city|settlement|heights?)s?(?!\s+(?:head|chief|mayor))",
    ],
    "armed_clash": [
        r"clash\w*", "fighting", r"fights?", r"firefight\w*", r"battles?", r"skirmish\w*",
        r"exchanges?\s+of\s+fire", r"exchanged\s+fire", "combat", "operation",
        r"anti-?terror(?:ist)?\s+(?:measures|activities|actions)",
        r"counter-?offensive", r"encircl\w*",
        # Sniper and small-arms fire is an exchange of fire, not shelling.
        r"snipers?", r"small[\s-]arms", r"gunfire", r"shootings?", "shots", r"shoot-?outs?",
        r"(?:was|were|been|being)\s+shot", r"shot\s+(?:dead|at)",
        # the weapons of an exchange of fire
        r"machine[\s-]guns?", r"gunshots?", r"grenades?",
    ],
    "attack": [
        r"attack\w*", r"assault\w*", "offensive", r"raid\w*", "stormed", "storm", r"advanc\w*",
        "incursion", r"infiltrat\w*", r"neutrali[sz]\w*", r"destroy\w*", r"retaliat\w*",
        # across the line that parts the sides: "crossed the line of contact", "the border"
        # (not in a clause about who then went through the event: "a shepherd who crossed the
        # border near X was detained")
        r"crossed(?<!who\scrossed)(?<!that\scrossed)\s+the\s+(?:(?:state|contact)\s+)?"
        r"(?:line|border)",
        "aggression", "targeted", "targeting", r"blockad\w*", r"invad\w*", "invasion",
        # A road cut off is a blockade ("blocked the road", "the highway was closed").
        "blocked", "blocking", r"(?:was|were|remains?|is|been)\s+closed",
        # ... and passage refused ("did not let the vehicles cross the bridge", "the villagers
        # were not allowed to enter")
        r"(?:did\s+not|didn['’]t|refused\s+to)\s+(?:let|allow)\s+(?:[\w'’-]+\s+){0,5}?"
        r"(?:to\s+)?(?:cross|pass|enter)\b",
        r"(?:was|were)\s+not\s+allowed\s+to\s+(?:cross|pass|enter)\b",
        # ... as is a supply cut off ("cut off the gas supply", "the cutoff of electricity");
        # not a place "cut off from the world" (isolation told), nor a "cutoff date"
        r"cut(?:s|ting)?\s+off(?!\s+from\b)",
        # ... or stopped, the supply first or last ("stopped the gas supply", "the gas supply to
        # the region was cut again"): the region it fed is where
        r"(?:cut|cuts|cutting|stopped|stopping|stops|halted|disrupted)\s+(?:the\s+|its\s+)?"
        r"(?:natural\s+)?(?:gas|electricity|power|water)\s+suppl(?:y|ies)",
        r"(?:gas|electricity|power|water)\s+supply\s+(?:[\w'’-]+\s+){0,5}?"
        r"(?:has|have|had|was|were|is)\s+(?:been\s+)?(?:\w+\s+)?"
        r"(?:cut|stopped|interrupted|halted|disrupted)(?!\w)",
        r"cutoffs?(?!\s+(?:dates?|points?|times?|lines?|levels?|values?|ages?|scores?|marks?)\b)",
        # ... in the other words reports tell it with: the supply stopped ("gas supply to X was
        # cut again", "cut the gas supply"), a place left without it, its line damaged ("the
        # pipeline was damaged near X"); not a supply restored, nor one not cut
        r"(?:gas|electricity|power|water|heating)\s+suppl(?:y|ies)(?:\s+(?!not\b|never\b)[\w'’-]+)"
        r"{0,6}?\s+(?:cut|stopped|interrupted|suspended|halted|disrupted)(?!\w)",
        r"(?:cut|cuts|cutting|stopped|stops|stopping|interrupted|halted|suspended|disrupted)\s+"
        r"(?:the\s+|its\s+)?(?:natural\s+)?(?:gas|electricity|power|water|heating)"
        r"(?:\s+(?:and|or)\s+(?:gas|electricity|power|water|heating))?(?:\s+suppl(?:y|ies))?(?!\w)",
        r"(?:left|remains?|remained|been|is|are|was|were)\s+without\s+(?:\w+\s+)?"
        r"(?:gas|electricity|power|heating|water)\b",
        r"depriv\w*\s+of\s+(?:\w+\s+){0,2}?(?:gas|electricity|power|heating|water)\b",
        r"(?:pipelines?|(?:power|transmission|gas)\s+lines?)(?:\s+(?!not\b|never\b)[\w'’-]+){0,8}?\s+"
        r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?damaged",
        r"damage\s+to\s+the\s+(?:\w+\s+)?(?:pipeline|(?:power|transmission|gas)\s+line)",
        # ... and one a checkpoint is set up on ("set up a checkpoint at the Hakari bridge"), also
        # told as a noun ("the installation of an illegal checkpoint on the road") or passive
        r"(?:set(?:ting)?\s+up|install\w*|establish\w*|erect(?:ed|ing|ion)?)\s+"
        r"(?:(?:by\s+[\w-]+\s+)?of\s+)?"
        r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:checkpoint|check-point|check\s+point|roadblock)s?",
        r"(?:checkpoint|check-point|roadblock)s?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
        r"(?:set\s+up|installed|established|erected)",
        # ... and the vehicles stopped at one ("police were stopping trucks on the highway"),
        # not a vehicle that stopped ("the car stopped working")
        r"(?:stop(?:s|ped|ping)?|check(?:s|ed|ing)?|inspect(?:s|ed|ing)?|search(?:es|ed|ing)?)\s+"
        r"(?:\w+\s+){0,2}?"
        r"(?:trucks?|lorr(?:y|ies)|cars|vehicles?|buses|drivers?|truck\s+drivers?)\b",
        # Looting: livestock or goods taken from civilians (ACLED's looting/property destruction).
        "stole", r"steal\w*", "stolen", "theft", r"loot\w*",
        r"(?:took|take|taken|drove|driven)\s+(?:away\s+)?(?:\w+\s+){0,2}?(?:sheep|cattle|cows?|"
        r"livestock|horses?|goats?|bulls?)",
        # Arson (ACLED's property destruction) and ground taken by moving posts forward.
        r"set\s+fires?(?!\s+positions?)", r"set\s+(?:\w+\s+){1,3}?on\s+fire", r"set\s+ablaze",
        "arson", r"setting\s+fire",
        r"burn(?:ed|t)\s+(?:down\s+)?(?:\w+\s+){0,2}(?:houses?|homes?)",
        # "burning their houses", not houses seen "burning" ("smoke from burning houses" after
        # shelling is the shelling's)
        r"burning\s+(?:down\s+(?:\w+\s+){0,2}|(?:\w+\s+){1,2})(?:houses?|homes?)",
        r"encroach\w*",
        # ... or by taking up positions on the other side's ground ("troops took up positions
        # in the X district"); not a stance ("took a position on the talks": one)
        r"(?:took|take|takes|taking|taken)\s+(?:up\s+)?(?:new\s+)?positions(?!\s+on\b)",
    ],
    "shelling": [
        r"shell\w*", "fired", "firing", r"fire\s+at",
        # "opened fire", also with its kind between ("opened intensive fire", "opened up heavy
        # fire"), not any words ("opened a new fire station")
        r"open(?:ed|ing|s)?\s+(?:up\s+)?(?:(?:intense|intensive|heavy|indiscriminate|irregular"
        r"|sporadic|intermittent|automatic|retaliatory|return|small[\s-]arms|sniper|mortar"
        r"|artillery|machine[\s-]gun)\s+){0,2}fire",
        "artillery", r"mortars?", r"rockets?", r"missiles?", r"drones?", r"strikes?", "struck",
        # drones by their other names ("a quadcopter tried to fly over the positions")
        r"quadcopters?", r"UAVs?", r"unmanned\s+aerial\s+vehicles?",
        r"bomb\w*", "pounded",
        r"(?:came|come|comes|coming|were|was|been|are|is)\s+under\s+(?:\w+\s+)?fire",
        # ... and kept or held there ("kept the towns of X and Y under intensive fire")
        r"(?:kept|keep|keeps|keeping|held|holding)\s+(?:[\w'’-]+\s+){1,8}?under\s+(?:\w+\s+)?fire",
        r"subjected\s+to\s+(?:\w+\s+)?fire", r"fire\s+from",
        # the bulletins' "subjected the positions in X to fire": the verb, its object between
        r"subjected(?=\s(?!to\s)(?:(?!\bto\b)[^.;:,]){1,120}?\sto\s+(?:\w+\s+)?fire)",
    ],
    "ambush_sabotage": [
        r"sabotage\w*", r"ambush\w*", "subversive", r"diversion\w*", r"raiding\s+party",
        # Mines and hidden charges (ACLED's remote explosive/landmine/IED).
        # (not a mine's map: "submitted mine maps for X")
        r"landmines?(?!\s+maps?\b)",
        r"mines?(?<!gold\smine)(?<!gold\smines)(?<!copper\smine)(?<!copper\smines)(?!\s+maps?\b)",
        r"explosive\s+devices?", "IEDs?", r"blew\s+up", r"detonat\w*", r"explosions?",
        r"blasts?", "exploded",
    ],
    "detention": [
        r"kidnap\w*", r"abduct\w*", r"detain\w*", r"arrest\w*", r"taken\s+prisoner", r"captives?",
        "captivity", r"prisoners?\s+of\s+war", r"hostages?",
    ],
    "withdrawal_evacuation": [
        r"withdr[ae]w\w*", r"retreat\w*", r"evacuat\w*", r"pulled\s+back", r"pull\s+out",
        r"taken\s+to\s+shelters?", "fled", r"fle(?:e|es|eing)", "exodus",
        # residents leaving their homes ("left the village", "leave their homes")
        r"(?:left|leave|leaves|leaving)\s+(?:the|their|his|her|our)\s+(?:[\w'’-]+\s+)?"
        r"(?:villages?|towns?|city|homes?|houses?)\b",
        # ... or the place itself, told with who left it ("50,000 people have left X")
        r"(?:people|residents|civilians|inhabitants|families|refugees)\s+(?:have|had|has)\s+"
        r"(?:already\s+|since\s+)?left",
        # ... or told as the displaced people who came from it ("40,000 refugees from X",
        # "displaced people fleeing X"); not refugees taken back to it
        r"(?:refugees|displaced\s+(?:persons|people|residents|families))\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:from|fleeing)(?!\w)",
    ],
    "ceasefire_violation": [
        r"provocations?",
        # Positions dug in or built up: the other side calls it a breach of the ceasefire.
        r"fortif\w*", r"engineering\s+(?:works?|measures)",
        r"(?:dug|dig|digs|digging)\s+(?:new\s+)?trenches", r"trenches\s+(?:were|being)\s+dug",
        # ... trenches broken or dug as roads toward the other side ("dig new trench roads")
        r"(?:dug|dig|digs|digging|break|broke|breaking)\s+(?:new\s+)?trench(?:es|\s+roads?)",
        r"violat\w*\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:ceasefire|truce)",
        r"(?:ceasefire|truce)\s+violation\w*",
        r"breach\w*\s+(?:of\s+)?(?:the\s+)?(?:ceasefire|truce)",
        # the passive, a place between ("the truce in Nagorno-Karabakh was violated"), never a
        # conjunction but between two parties: "the ceasefire held but the pipe was broken"
        # tells of two subjects, "the truce between Armenia and Azerbaijan was violated" of one;
        # nor a negation ("the truce near Sotk was not violated"), nor from a truce that only
        # dates what follows ("since the ceasefire the pipe in Sotk was broken")
        rf"(?:{_not_since('ceasefire')}|{_not_since('truce')})(?!\s+(?:the|a|an)\s)"
        r"(?:\s+between\s+[\w-]+\s+and|\s+(?!(?:and|but|or|yet|while|"
        r"whereas|when|as|though|although|because|since|after|before|until|if|where|so|not|"
        r"never|no)\b)[\w-]+){0,4}?"
        r"\s+(?:was|were|has\s+been|had\s+been|is\s+being)"
        r"\s+(?:(?!not\b|never\b)\w+\s+)?(?:violated|broken|breached)",
        r"(?:ceasefire|truce)(?:\s+regime)?\s+(?:was|were|has\s+been|had\s+been|is)\s+"
        r"(?:(?!not\b|never\b)\w+\s+)?(?:broken|violated|breached)",
        r"broke\s+(?:the\s+)?(?:ceasefire|truce)",
        r"violat\w*\s+(?:the\s+)?(?:line\s+of\s+contact|contact\s+line|(?:state\s+)?border)",
    ],
    "statement_threat": [r"threat\w*", r"iron\s+fist", "ultimatum"],
    # Words that say something happened without saying what ("the accident occurred in the
    # X-Y section": a report's word for the damage, blast or shooting it tells of; only with
    # its article, not "without accidents", "to prevent accidents", "no accident that").
    "unknown": [r"incidents?", r"the\s+accident"],
}
#: Verbs of movement that end the reach of the trigger before them ("... and deployed near X").
BARRIERS = [
    r"deploy\w*", "positioned", "stationed", r"remain\w*", "located", "lies", "situated", "moved",
    "arrived",
]

KILLED = [
    "killed", "killing", "dead", "died", r"deaths?", r"lost\s+(?:his|her|their)\s+li(?:fe|ves)",
    "perished", r"fatalit\w*",
    # wounds that killed: "fatally wounded by a sniper" is one dead, not one wounded
    r"(?:fatally|mortally)\s+(?:wounded|injured)",
]
WOUNDED = ["wounded", "wounding", "injured", "injuring", "injuries", "hurt",
           # "two soldiers received wounds", "sustained shrapnel wounds"
           r"(?:received|sustained|suffered)\s+(?:[\w-]+\s+)?wounds"]
#: Casualty words of an act whose toll follows them ("killing four soldiers"), not precedes.
ACTING = ["killing", "wounding", "injuring"]
NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
}
#: Before a number: it counts no one ("no one was hurt", "not one soldier was wounded").
NO_COUNT_BEFORE = ["no", "not"]
#: "an" / "a" before these counts one ("a soldier was killed"), and so does "another"
#: ("another soldier was killed"; "another two soldiers" counts two).
ONE_ARTICLES = ["an?", "another"]
#: After a number: an age, not a count ("a 39-year-old soldier").
AGE_AFTER = [r"-?\s?years?[-\s]old"]
#: One victim named in the singular without an article (Russian): a count of one.
SINGULAR_VICTIMS: list[str] = []
#: A casualty word whose own form says one victim, with what stands before it (Russian "погиб",
#: "ранена"; French "a été tué"): one killed or wounded when no count is given. English verbs
#: do not tell the number ("were killed", "was killed" both read with a count or an article).
SINGULAR_CASUALTY: list[str] = []
#: Right before a casualty word, a negation: nobody hurt (Russian "не пострадал"; English says
#: "no one was hurt", read by NO_COUNT_BEFORE).
NOT_CASUALTY: list[str] = []
#: Units of time: a number before one is a duration ("over two days"), not a count.
TIME_UNITS = [r"days?", r"hours?", r"weeks?", r"months?", r"years?", r"minutes?", r"nights?"]
VICTIMS = [
    r"civilians?", r"soldiers?", r"servicem[ae]n", r"service\s+members?", "troops", r"persons?",
    "people", r"residents?", r"child(?:ren)?", r"wom[ae]n", r"m[ae]n", r"officers?",
    r"fighters?", r"militants?", r"volunteers?", r"policem[ae]n", r"members?", r"conscripts?",
    r"militiam[ae]n", r"peacekeepers?", r"shepherds?", r"farmers?", r"villagers?", r"drivers?",
    r"workers?", r"sergeants?", r"privates?", r"boys?", r"girls?", r"teenagers?",
    r"(?:border\s+)?guards?", r"deminers?", r"sappers?", r"rescuers?", r"journalists?",
]
#: After a number: animals, no casualties ("killing two cows", "15 sheep were killed").
ANIMALS = [r"cows?", "cattle", "sheep", r"goats?", r"horses?", r"bulls?", r"calves", r"calf",
           r"pigs?", r"animals?", "livestock", r"heads?\s+of\s+(?:cattle|livestock)"]
#: Auxiliaries before a casualty word ("were killed"): the count may stand further back.
PASSIVE_BEFORE = ["were", "was", "been", "are", "is", "being", "got"]
#: Words before the one who acted in a passive ("wounded by Azerbaijani forces"): no speaker.
AGENT_BEFORE = ["by"]
#: Words that end a clause, beyond punctuation.
CLAUSE_STOPS = ["but", "while", "whereas"]
#: Words that join a list ("X, Y and Z").
AND = ["and"]
AND_MORE = [r"as\s+well\s+as"]
#: After a capital's event ("Baku's blockade of the road"): what the event is done to.
EVENT_OBJECT_LINKS = ["of", "against", r"on(?!\s+(?:\d|the\s+(?:night|morning|evening)|\w+day\b|"
                      r"January|February|March|April|May|June|July|August|September|October|"
                      r"November|December))"]
#: After a capital's possessive: a part of it, so the capital is where ("Stepanakert's
#: residential areas were shelled").
PLACE_PARTS = [r"residential\s+areas?", r"districts?", "outskirts", r"suburbs?", r"cent(?:re|er)",
               r"streets?", r"neighbou?rhoods?", r"houses?", r"buildings?", r"hospitals?",
               r"schools?", r"market", "airport", r"infrastructure"]
#: A preposition a list repeats before its next name ("les villages de Sotk et de Kout").
AND_AGAIN = ["of"]
#: A settlement word a list puts before its next name ("the Lachin district and the town of X").
LIST_KIND = [r"(?:the\s+)?(?:town|city|village|settlement)s?\s+of"]

#: Words before a name that make the location approximate: "near X".
NEAR = [
    r"near(?:by)?", r"close\s+to", r"vicinity\s+of", r"outskirts\s+of", "around",
    r"environs\s+of", r"direction\s+of", r"countryside\s+of", r"area\s+of",
    r"forests?\s+(?:\S+\s+){0,3}of",
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:part\s+)?of",
    r"heights\s+(?:near|above|of)", r"approaches\s+to",
]
NEAR_TAIL = [r"(?:the\s+)?(?:(?:town|city|village|settlement)\s+(?:of\s+)?)?"]
#: Between a place and the one it lies near or in, which is then a reference ("the Hin Shen
#: village near Shushi", "Sotk, near Vardenis", "villages of Kapan"); "of" only after a
#: settlement word.
NEAR_REFERENCE = ["near", r"close\s+to", "outside", r"not\s+far\s+from"]
NEAR_REFERENCE_OF = ["of"]
TOWN_OF = [r"(?:town|city)\s+of"]
OTHERS = [r"and\s+(?:other|neighbou?ring|nearby)"]
#: Area words after a name ("Lachin district") and before it ("the region of Hadrut").
AREA_AFTER = [r"districts?", r"regions?", r"provinces?", r"rayons?", r"raions?", "rayonu",
              "marz", "district", r"directions?", r"sectors?"]
#: A district's adjective in lower case (its shape) and, after it, a sector of the
#: front or the border ("на кельбаджарском направлении"): the district, when a place's name.
SECTOR_AFTER: list[str] = []
SECTOR_ADJECTIVE: list[str] = []
AREA_BEFORE = [r"regions?", r"districts?", r"provinces?", r"rayons?", "area"]
AREA_OF = ["of"]
#: Between names and the district that qualifies them ("Keshdak of the Kalbajar region").
AREA_IN = ["of", "in"]
#: Between a body's name and a place that is where the body is ("the OSCE office in Yerevan",
#: "the peacekeeping mission in Artsakh"): the place is no second voice.
SEATED_IN = ["in"]
#: Words before a name that make it a settlement ("the village of X").
#: A name's generic word written small before it ("lake Sev", "lac Sev", "озеро Сев", French
#: "corridor de Lachin"): part of the name.
GENERIC_BEFORE = ["lake", "river"]
#: A generic word after a name, which it takes as part of the name (none: "Black Lake").
GENERIC_AFTER: list[str] = []
#: Words of a height named after a settlement ("the Saribaba height", "the heights of X and Y"):
#: the height, not the settlement, which the gazetteer may lack.
HEIGHT_BEFORE = [r"heights?(?:\s+of)?", r"hills?(?:\s+of)?"]
HEIGHT_AFTER = [r"heights?", r"hills?"]
PLACE_CUES = [
    "village", "villages", "town", "city", "settlement", "hamlet", "community", "near",
    r"outskirts\s+of", r"vicinity\s+of",
    # the people of a place ("residents of Kut"): a place's name, not a word
    "residents", "inhabitants", "villagers",
]
PLACE_CUES_AFTER = ["village", "town", "settlement", "district", "region", "community"]
#: Words that call a name a town or city ("the town of Lachin"): the town, not its district.
TOWN_CUES = [r"(?:town|city)\s+of"]
#: Settlement words before a capitalised name that the gazetteer may lack.
CONTEXT_CUES = [
    r"(?:villages?|town|settlement|hamlet)\s+(?:of\s+)?",
    r"(?:near|outskirts\s+of|vicinity\s+of)\s+(?:the\s+(?:village|town)\s+of\s+)?",
]
#: "X, a small village in the hills": a name in apposition to these.
APPOSITION = ["village", "town", "hamlet", "settlement"]
APPOSITION_ARTICLES = ["a", "an", "the"]
#: A settlement named by its kind alone, with no name after it ("troops entered the village",
#: "the outskirts of the town"): the one its paragraph has named.
ANAPHORS = [r"(?:the|this|that)\s+(?:village|town|city|community|settlement)(?![\w-])"
            r"(?!\s+(?:of\s+)?(?-i:[A-Z]))(?!\s+(?:head|chief|mayor|council|administration)\b)"]
#: The words of an anaphor that may name a city too ("shells fell on the city"): the others name
#: a village or town ("the village" is no city its sentence names).
CITY_ANAPHORS = ["city"]
#: Capitalised words that begin no place name.
NOT_NAMES = ["The", "This", "That", "These", "Those", "Armenian", "Azerbaijani", "Azeri",
             "Russian", "Turkish", "Georgian", "Iranian", "Karabakh", "Nagorno",
             # "the Karabakh Economic Region": Azerbaijan's economic regions, no place's name
             "Economic",
             # "Each village", "Another settlement": no name, but spelt like one ("Each": Yeraskh)
             "Each", "Every", "Another",
             # "Later, the village of X": words of time before a comma, read as a place named in
             # apposition
             "Later", "Earlier", "Meanwhile", "Then", "Afterwards", "Subsequently", "Previously",
             "Overnight", "Yesterday", "Today", "Tonight", "Separately", "However", "Moreover"]
#: A date or a place followed or preceded by these names a document, not an event.
REFERENCE_AFTER = [
    r"(?:\d{4}\W+)?(?:trilateral\s+|joint\s+)?(?:agreement|statement|declaration|accord|deal|"
    r"ceasefire|truce|armistice|document|peace)",
    # a day set for what is to happen, no event's: "ahead of the August 25 deadline"
    "deadline",
]
REFERENCE_LINKS = ["on", "of", "in", "from"]
#: A date a document bears, named further after it ("the statement of the leaders of Russia,
#: Azerbaijan and Armenia of November 9, 2020"): the word before the date.
DOCUMENT_DATE_LINKS = ["of", "dated"]
#: After a date and a comma, a clause that tells what happened that day ("since May 12,
#: when ..."): the date is the event's even after "since".
WHEN_CLAUSE = ["when"]
REFERENCE_BEFORE = [
    "agreement", "statement", "declaration", "accord", "deal", "ceasefire", "truce", "armistice",
    "signed", r"signing\s+of[^.]{0,40}", "until",
    # a comparison's "since" names no start of the action: "the first attack since November 10"
    r"(?:first|worst|deadliest|heaviest|largest|biggest|most\s+\w+)\b[^.;!?]{0,30}?\ssince",
]
#: Headlines of statements: "Statement of the Ministry of Defence".
STATEMENT_OF = [
    r"(?:(?:official|full|the)\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:statement|information|"
    r"communiqué|press\s+release|announcement|briefing|message|update)\s+(?:of|by|from)\s+"
    r"(?:the\s+)?",
]
STATEMENT_AFTER = ["statement", "information", "communiqué", r"press\s+release", "announcement",
                   "briefing"]
#: Words whose full stop ends no sentence.
ABBREVIATIONS = [
    "dr", "mr", "ms", "mrs", "st", "no", "mt", "jr", "sr", "vs", "gen", "col", "lt", "maj",
    "capt", "sgt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "etc", "e.g", "i.e", "fig",
]

#: Before a speech verb whose speaker follows it ('"...," said the ministry', "as reported the
#: ministry"): the end of a quote or clause, or these words.
SPEECH_INVERTED = ["as", r"this\s+was", r"it\s+was"]
#: A sentence's first word that names what a statement is about, its verb and speaker
#: following ("Об обстреле позиций сообщили в Минобороны").
TOPIC_OPENING: list[str] = []
#: An auxiliary of an inverted speech verb, only after a quote or comma (", a déclaré le
#: ministère"): alone it is the verb of the subject before it ("Erevan a dénoncé").
SPEECH_AUXILIARY: list[str] = []
#: Before a place: a distance from it ("5 km from X"), so X is a reference point.
REFERENCE_PLACE = [r"(?:km|kilometers?|kilometres?|miles?)\s+(?:[\w-]+\s+){0,2}(?:from|of)"]
#: A distance in metres: what happened so near a place happened there, as precisely as the
#: place's point says ("a shell fell 300 metres from the village of X"), neither a reference
#: point nor where fire came from.
METRES = [r"m", r"meters?", r"metres?"]
#: Before a place: a side of it ("north of X", not "in the north of X"), so X is a reference
#: point; a few words may stand between ("north of the breakaway region of X").
SIDE_OF_PLACE = [r"(?<!the\s)(?:north|south|east|west)(?:-?(?:east|west))?\s+of"]
#: Before a place where people met or talked ("the delegations met in X", "talks in X"): a
#: venue, no incident there (unless an event word stands in the same clause before it).
VENUE_BEFORE = [r"(?:met|meet|meets|talks|negotiations)\s+(?:\w+\s+){0,3}?(?:in|at)"]
#: Before a place: a person's or an office's tie to it, not an incident there.
ORIGIN_BEFORE = [
    r"native\s+of", r"natives?\s+of", r"born\s+in", r"mayor\s+of",
    r"head\s+of", r"governor\s+of", r"deputy\s+head\s+of", r"administration\s+of",
    r"community\s+head\s+of", r"(?:hails|hailed|comes|came)\s+from",
    # the conflict over a region, not a site ("the war over Nagorno-Karabakh", "in conflict for
    # decades over control of X", "fighting over X"; not "fighting for" a village)
    r"(?:conflicts?|wars?|disputes?)\s+(?:[\w-]+\s+){0,4}?(?:over|around|for)",
    # ... and the war a report recalls where it was fought ("after last year's war in the
    # disputed Nagorno-Karabakh region"): its region, no site of the report's news
    r"wars?\s+in",
    r"(?:fighting|fought)\s+(?:[\w-]+\s+){0,4}?over",
    r"citizens\s+of",
    # where the wounded were taken ("taken to a hospital in X"), not where they were hit
    r"(?:taken|brought|transported|evacuated|rushed|admitted|sent)\s+to\s+(?:(?:a|the)\s+)?"
    r"(?:\w+\s+)?hospitals?\s+(?:in|of|at)", r"hospitali[sz]ed\s+in",
    # where people or the wounded were taken or fled ("taken to X", "evacuated from Y to X",
    # "fled to X"): a destination; not what was admitted ("admitted to shelling X")
    r"(?:taken|brought|transported|transferred|evacuated|rushed|admitted|relocated"
    r"|fled|flee|flees|fleeing)\s+(?:from\s+(?:[\w'’-]+\s+){1,3}?)?to(?!\s+\w+ing\s)",
]
#: After a place: an office or body named after it ("the Goris mayor").
ORIGIN_AFTER = [r"(?:deputy\s+|vice[-\s])?mayor", r"(?:deputy\s+)?governor", r"village\s+head",
                r"(?:regional\s+)?administration", "municipality", r"community\s+head",
                "native", "natives",
                # the conflict a region names ("the Nagorno-Karabakh conflict"), not a site
                "conflict", r"wars?"]
#: After a place named as where another lies ("Nerkin Hand village in Syunik's Kapan
#: community"): an administrative unit, no site; "in" (and a region's possessive) before it.
CONTAINER_AFTER = [r"(?:enlarged\s+|consolidated\s+)?(?:community|municipality)"]
CONTAINER_IN = [r"in(?:\s+the)?"]
#: Before a place: its people ("the Armenians of Artsakh"), who they are, not where something
#: happened; unless they leave it ("the Armenians of Artsakh fled"). Not "residents of X", who
#: come under fire where they live.
PEOPLE_BEFORE = [r"armenians\s+of", r"azerbaijanis\s+of", r"people\s+of", r"population\s+of"]
#: Before a place: a person's home ("a resident of X", "a shepherd from X"), and after it the
#: same ("a Bilasuvar region resident"): where the person lives, no site when the sentence
#: names where the event took place ("a resident of X was wounded near Y"); alone, it is that
#: place ("residents of X came under fire").
HOME_BEFORE = [r"(?:residents?|inhabitants?|villagers?|shepherds?|herders?|farmers?|natives?)"
               r"\s+(?:of|from)"]
HOME_AFTER = [r"(?:(?:village|town|city|community|region|district|province)\s+)?residents?"]
#: Before the other place of such a sentence: where the event took place ("near Y", "in the
#: village of Y", "in Lachin's Y village"), not a unit the home lies in ("X village of Y
#: community").
EVENT_AT = [r"(?:in|at|on|outside|inside|into)(?:\s+the)?(?:\s+(?:village|town|city|settlement)"
            r"\s+of)?(?:\s+[\w-]+['’]s)?"]
#: After a place: its people ("Karabakh Armenians", "Karabakh's Armenians", "Stepanakert
#: residents"), likewise.
PEOPLE_AFTER = ["armenians", "population", "resident", "residents"]
#: After a place (or a pair, "the X-Y road"): a facility named after it, not the place itself
#: ("the Lachin checkpoint" is not in Lachin).
FACILITY_AFTER = [r"(?:border\s+)?checkpoints?", r"check\s+points?", r"bridges?", r"roads?",
                  r"highways?", r"motorways?", r"routes?"]
#: A road named by the places it joins ("the road between X and Y", "the X-Y road" is
#: FACILITY_AFTER): its ends are reference points, not sites.
ROAD_WORDS = [r"roads?", r"highways?", r"motorways?", r"routes?", r"corridors?",
              # a border named by its two sides ("the border between X and Y")
              r"borders?(?=\s+between)"]
#: Before a name in quotation marks: the facility the name is given to ('the checkpoint
#: "Lachin"', 'КПП «Лачын»'), not the place.
FACILITY_BEFORE = [r"checkpoints?", r"check\s+points?", r"crossing\s+points?"]
ROAD_LINKS = ["between", "linking", "connecting", "joining"]
ROAD_AND = ["and", "to", "with"]
#: A stretch of a road named by the places at its ends ("the X-Y road section", "the section
#: X-Y", "the X-Y stretch"): they say where on the road it happened.
SECTION_WORDS = [r"sections?", r"stretch(?:es)?", r"segments?"]
#: A road or stretch told from one place to others ("the road from X to Y", "the motorway
#: leading from X to Y and Z"): the word before the first and the one before the next.
ROAD_FROM = ["from"]
ROAD_TO = ["to"]
#: A settlement word before a road's end ("from the village of X", "to the town of Y") or
#: after it (ROAD_END_AFTER: "from X village to Y").
ROAD_END_BEFORE = [r"(?:village|town|city|settlement)\s+of"]
ROAD_END_AFTER = ["village", "town", "city"]
#: A sentence opening with these gives the speaker of the sentence before it ("This was
#: reported by the ministry").
#: After a speech verb: the incident just told ("the ministry reported the incident").
#: Another voice confirms what was just told ("The Russian Defence Ministry confirmed the
#: incident"): its claim at the same places and days.
CONFIRMED_IT = [r"confirm\w*\s+(?:the|this|that)\s+"
                r"(?:incident|shooting|attack|shelling|information|report)"]
REPORTED_IT = [r"(?:the|this)\s+(?:incident|attack|shooting|shelling|killing|information)"]
ABOUT_THIS = [
    r"this\s+was\s+(?:reported|stated|announced|said|confirmed)", r"this\s+is\s+according\s+to",
    # the same, told short: "Reported by Interfax with reference to the ministry."
    r"(?:reported|stated|announced)\s+by",
    r"(?:the|this)\s+(?:incident|information|attack)\s+was\s+(?:reported|announced|confirmed)",
    r"this\s+(?:is|was)\s+(?:stated|said|reported|announced)\s+in",
]
#: Endings of a place name made an adjective, which names its district ("Кельбаджарском
#: направлении": the Kalbajar district).
AREA_ADJECTIVE_ENDINGS: list[str] = []
#: Between a speech verb and a name after it: the one told, not the speaker ("said to TASS").
RECIPIENT = ["to"]
#: Between two dates, these make one range ("August 19 from 17:24 to 00:25 August 20"), with
#: only times and the filler words below beside them.
#: The day named last, again ("the same day"): the date of the last event before it.
#: Words that open what a speaker said ("said that on May 3 ..."): a date after them is
#: the event's, not the statement's.
THAT = ["that"]
#: This language's name as front matter or a page may write it instead of its code
#: ("lang: English"): in English, French and Russian.
LANGUAGE_NAMES = ["english", "anglais", "английский"]
#: Labels before a page's publication date ("Published: 14.09.2022"): a report without one
#: takes it from such a line near its top.
PUBLISHED_LABELS = ["date", r"published(?:\s+on)?", r"posted(?:\s+on)?"]
#: Labels before a page's own date at the start of a line ("date 2021-09-01", "Updated on ..."):
#: the date that follows is when the page came out or changed, no event's day.
PAGE_DATE_LABELS = [*PUBLISHED_LABELS, r"updated(?:\s+on)?"]
#: The word before a time of day in a page's time stamp ("16 May 2021 at 09:10").
AT_TIME = ["at"]
#: A photo's credit, in its caption's line ("... near X (photo credit: Test Agency)", "... Image
#: via Test Agency.", "... — AFP/File") or on a line of its own under the caption ("Photo by
#: Test Agency"): the places the caption names are where a picture was taken.
CAPTION_CREDITS = [r"photo\s*(?::|by\b)", r"photo\s+credits?\b", r"images?\s*(?::|via\b|by\b)",
                   r"getty\s+images\b", r"(?<=\w)/file\s*$", r"\(credits?\s*:", r"\[file\s*:",
                   # an agency after a photographer's name ("Test Person / AFP")
                   r"/\s*(?:afp|reuters|epa)\b",
                   # a picture lent by someone, at the caption's end ("... (courtesy X)")
                   r"\(courtesy\b[^()]*\)\s*$"]
#: Words before a bare year that make it a date ("in 1991", "depuis 1994", "в 1992 году").
YEAR_LEAD = ["in", "since", "during"]
#: Words before a date that make it the start of what still goes on ("under blockade since
#: December 12", "since the start of the war on September 27") ...
SINCE = [r"(?:ever\s+)?since", r"since\s+the\s+(?:start|beginning|outbreak)\s+of(?:\s+[\w-]+){0,3}"]
#: ... or after it ("from September 27 to the present day").
UNTIL_NOW = [r"to\s+(?:the\s+)?(?:present(?:\s+day)?|date|this\s+day)", r"until\s+(?:now|today)",
             "to now"]
#: Words between a place and the date right after it that is the place's ("Tegh on 5 June and
#: Sotk on 12 June").
DATE_AFTER_PLACE = [r"on(?:\s+the)?", r"on\s+the\s+night\s+of", "overnight"]
SAME_DAY = ["the same day", "that same day", "that day", "the same night"]
#: Words that open a clause telling what happened so many days before the date just named
#: ("early on Wednesday, a day after Azerbaijani forces shelled X": X on Tuesday); a number
#: word or figure among them counts the days, else one.
DAYS_AFTER = [r"(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+after(?=\s+\w)",
              r"the\s+day\s+after(?=\s+\w)(?!\s+tomorrow)"]
#: Words that open a sentence about the event just told ("The aggression was carried out with
#: artillery ..."): it is of that event's day.
THE_EVENT = [r"(?:the|this|that)\s+(?:\w+\s+)?(?:attack|aggression|shelling|fighting|clash(?:es)?"
             r"|incident|strikes?|assault|offensive|provocation|skirmish(?:es)?|bombardment)"]
#: A sentence opening with the event just told and when it happened ("The incident took place
#: on ...", "The explosion occurred at about 11:00 on Wednesday"): its day is that event's.
EVENT_OCCURRED = [r"(?:the|this|that)\s+(?:\w+\s+)?(?:incident|attack|shelling|explosion|blast"
                  r"|shooting|provocation|clash(?:es)?|strikes?|skirmish)\s+"
                  r"(?:took\s+place|occurred|happened)"]
#: Words that open another event than the one just told ("In a separate incident, ..."): its
#: day is that event's, not a finer day of the one before.
OTHER_EVENT = [r"in\s+a(?:nother)?\s+separate\s+incident", r"in\s+another\s+incident", "separately",
               "elsewhere"]
#: Words before an event that did not happen ("to prevent further shelling"): a day there is
#: of what was done to prevent it.
PREVENTS = [r"prevent\w*", r"avert\w*", r"forestall\w*"]
RANGE_TO = ["to", "till", "until", "through"]
#: Before the first of two dates that "and" joins into a range ("between 22:00 on 5 May and
#: 02:00 on 6 May").
RANGE_BETWEEN = ["between"]
RANGE_FILLERS = ["starting", "from", "at", "on", "hours?", "hrs", "of", "the", "night",
                 "morning", "afternoon", "evening", "midnight", "late", "early",
                 r"\(?local\s+time\)?"]
#: Before an institution word: the country named last ("the country's Defense Ministry").
#: Role words of a place's own officials, around which a speaker named by its place is read
#: ("Sotk village head", "глава села Шурнух").
LOCAL_ROLES = ["mayor", "vice-mayor", "governor", "marzpet", "head", r"council\s+of\s+elders",
               r"(?:military\s+)?prosecutor['’]s\s+office"]
#: A government's words that name a place's own authorities when a place names them
#: ("Goris authorities", "the authorities of the town of Goris"); with a country's name
#: they stay its government ("Armenian authorities").
LOCAL_GOVERNMENT = ["authorities", "officials"]
COUNTRY_BACK = [r"the\s+country['’]s"]
#: A sentence saying nothing happened ("the night passed calmly") or where places lie ("both
#: villages are located in ..."): where no event word stands, its places are no claims.
#: An event said not to have happened ("no shots were fired", "no ceasefire violations were
#: recorded"): its words tell of no event, and the sentence is calm.
#: Words that make what follows them in their clause an event that has not happened: feared,
#: planned, threatened, conditional ("could attack Jermuk", "plans to launch an offensive near
#: X", "if Armenian forces fired at X again"): its places saw none.
UNREALISED = [
    r"could(?!\s+be\s+(?:heard|seen|felt))", "might", "would", "will",
    r"plan(?:s|ned|ning)?\s+to",
    r"plans\s+(?:to|for)", r"prepar(?:e|es|ed|ing)\s+(?:to|an?|for)", r"ready\s+to",
    r"threat(?:en|ens|ened|ening)\s+to", r"intend(?:s|ed)?\s+to", r"if(?<!even\sif)", "unless",
    r"fears?", "feared", r"risk\s+of",
    # what an agreement lays down ("the agreement stipulated the return of the X and Y
    # districts", "provides for the handover of X"): its terms, not what happened
    r"stipulat(?:e|es|ed|ing)", r"provid(?:e|es|ed|ing)\s+for",
]
#: A passive of what is yet to be done ("X will be handed over", "X is to be transferred", "X
#: must be returned"): its subject, a place before it in its clause, saw no event.
TO_BE_DONE = [r"(?:will|shall|must)\s+(?:(?:soon|also|then|now|not)\s+)?be",
              r"(?:is|are|was|were)\s+(?:(?:yet|due|also)\s+)?to\s+be"]
#: A speaker's denial of what follows ("denied that its forces fired at X", "dismissed as false
#: reports that ..."): what it denies is no claim of its, and no one's it names (when it names
#: whose claims it rejects, "rejected Armenian claims that ...", those are that one's).
DENIED_THAT = [r"den(?:y|ies|ied|ying)\s+(?:(?:reports?|claims?|allegations?|information)\s+)?"
               r"that",
               r"(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\s+(?:as\s+\w+\s+)?"
               r"(?:the\s+)?(?:reports?|claims?|allegations?|information)\s+that"]
NO_EVENT = [r"no\s+(?:shots?|shooting|gunfire|shelling|(?:ceasefire\s+)?violations?)"
            r"(?:\s+(?:was|were|has\s+been|have\s+been))?(?:\s+(?:fired|heard|recorded|registered"
            r"|reported|observed))?"]
CALM = [*NO_EVENT, r"calm\w*", r"quiet\w*", "stable", r"tranquil\w*", r"uneventful", "peaceful",
        r"(?:is|are)\s+(?:located|situated)", r"shares?\s+(?:a|its)\s+border", r"borders?\s+on",
        # a meeting's venue: no incident there
        r"meetings?", "talks", r"negotiations?"]
#: Opens the stretch of a sentence that says where fire came from ("... fired at X from the
#: positions in Y"): its places are firing origins, not sites.
#: Endings of a capitalised word after a place name that make the two a person's name
#: (a first name that is also a village's: "Vahan Tatosyan"); matched with case.
SURNAME_ENDINGS = ["yan", "yants", "ov", "ova", "ev", "eva", "zade"]
#: Endings of surnames' English and French spellings ("Sarkissian") that common words share
#: ("Armenian", "civilian"): read only where a claimant's whole text is a name.
PERSON_ENDINGS = ["ian", "iants"]
#: Before a person's name (a rank, a title, "named as"): a first name that is also a village's
#: ("Colonel Babek Samidli", "the soldiers were named as Shahriyar X and Y") is no place.
PERSON_TITLES = [
    "private", "corporal", r"(?:junior\s+|senior\s+)?sergeant",
    r"(?:first\s+|second\s+)?lieutenant", "captain", "major", r"(?:lieutenant\s+)?colonel",
    "general", "soldier", "serviceman", "conscript", r"(?:named|identified)\s+as", "mr", "mrs",
    "ms",
]
#: Case endings a surname takes in running text ("заявил Арутюнян", "слова Арутюняна").
SURNAME_CASES: list[str] = []
FIRING_FROM = [
    r"from\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+){0,2}?"
    r"(?:positions?|settlements?|villages?|direction|territory|side|area)\b",
]
#: The same when a place name follows at once ("shelled X from Chambarak region's Y").
FIRING_FROM_PLACE = ["from", r"from\s+the"]
#: An opener of FIRING_FROM that names who fired, not where from ("wounded by fire from the
#: Azerbaijani side near X"): the place after it is where the fire fell.
FIRING_SIDE = [r"from\s+the\s+(?:azerbaijani|azeri|armenian|russian|enemy|opposing|other)\s+side"]
#: What fire told as from a side harmed, named after it ("fire from Azerbaijani positions
#: damaged a school in X"): where the fire fell, not where it came from.
#: Civilians named by where they live ("a farmer from X"): not fire from there.
CIVILIANS = [r"residents?", r"farmers?", r"shepherds?", r"villagers?", r"civilians?",
             r"wom[ae]n", r"m[ae]n", r"child(?:ren)?", r"boys?", r"girls?"]
DAMAGED = [r"damag\w*", "destroyed", "wounded", "injured", "killed", "hit"]
#: What the fire that came from a place was aimed at ("fired from X at Y"): the place after it
#: is a site, not where the fire came from. ("on", "in the direction of" name the origin's
#: place as often: "from positions on the border in X", "from the direction of X"; "on" opens
#: the aim only before the positions fired on: "from X on the Azerbaijani army positions in Y".)
FIRING_TARGET = ["at", "toward", "towards", "against", "targeting", "into",
                 r"on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?positions"]
#: Where units that fire stand ("units of the X armed forces stationed in the direction of Y
#: subjected to fire ..."): their places are firing origins, when the fire is told after them
#: in the active voice and the units are no positions' ("the positions of the units stationed").
UNITS_STATIONED = [
    r"(?:units?|troops|forces|formations?|detachments?|servicemen|soldiers)"
    r"(?:\s+of\s+the(?:\s+[\w'’-]+){1,3})?,?\s+"
    r"(?:stationed|deployed|positioned|based|located|situated)",
]
#: The shooters named with where they are, as the subject of the fire told after them
#: ("Armenian positions in X opened fire on ...", "Armenian troops near X fired at ..."): the
#: place is where the fire came from (only before any event word of the sentence).
UNITS_AT = [r"(?:positions?|troops|units?|forces|formations?|servicemen|soldiers)"
            r"\s+(?:(?:located|based)\s+)?(?:in|near|at)"]
#: Before a movement word: the positions fired on, whose place it tells ("fired at the
#: positions of the army located in X", "fired at the Armenian positions located in X").
POSITIONS_OF = [r"positions?(?:\s+of)?"]
#: Just before an event word, besides PASSIVE_BEFORE: the subject suffered it ("positions came
#: under fire").
SUFFERED_BEFORE = [r"came\s+under", r"come\s+under"]
#: After a place and before another: the first contains the second ("Lachin's Jaghazur
#: settlement", "Gorus region's Khanazakh"), a region, not a site.
POSSESSIVE = [r"(?:\s+(?:region|district|rayon|province))?['’]s"]
#: After an event word: the event is history ("liberated in 2020", "during the 44-day war"),
#: no claim of this report (a year is history when it is before the report's).
HISTORY_AFTER = [
    r"in\s+(?:the\s+)?(?:19|20)\d\d", r"(?:in|during)\s+(?:the\s+)?last\s+year['’]s\s+war",
    r"during\s+the\s+(?:\d+-day\s+|first\s+|second\s+|(?:19|20)\d\d\s+)?(?:karabakh\s+)?war",
]
#: The outbreak of fighting ("heavy fighting erupted in late September", "when new clashes broke
#: out on 27 September"): told weeks after, the war's start, background to the report.
OUTBREAK = [
    r"(?:fighting|clashes|hostilities|war|battles|conflict)\s+(?:[\w-]+\s+){0,4}?(?:broke\s+out"
    r"|erupted|re-?erupted|flared(?:\s+up)?|began|started|reignited|resumed)",
    r"(?:the\s+)?outbreak\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:war|hostilities|fighting)",
]
#: Stock epithets whose event word tells nothing new ("Kalbajar, liberated from occupation"),
#: and captives exchanged, which is no detention ("the exchange of prisoners of war").
EPITHETS = [
    r"liberated\s+from\s+(?:the\s+)?(?:armenian\s+|armenia['’]s\s+)?occupation",
    r"(?:formerly|previously|once)\s+occupied",
    r"(?:exchang\w*|swap\w*)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:prisoners?|captives?|detainees?|POWs?"
    r"|hostages?)",
    r"(?:prisoners?|captives?|detainees?|POWs?|hostages?)(?:\s+of\s+war)?\s+(?:exchang|swap)\w*",
]
#: Explosives found, defused or mapped, not set off ("the agency found 112 anti-tank and 25
#: anti-personnel mines", "two artillery shells were discovered", "the mine maps show that 97,000
#: mines were planted in X"): a record of what a war left, no incident where they lay. A blast
#: told beside them ("a mine went off in an area not yet cleared of mines") is still one.
_ORDNANCE = (r"(?:(?:land|anti-?tank\s+|anti-?personnel\s+)?mines|munitions|ordnance"
             r"|(?:artillery\s+|mortar\s+)?shells|explosives|explosive\s+devices)")
_ORDNANCE_COUNT = (r"(?:(?:[\d.,]+|a|the|some|about|around|over|more|than|and|of|total|various"
                   r"|types|unexploded|anti-?tank|anti-?personnel|artillery|mortar)\s+){0,8}?")
#: (not what the shells did, told after them: "inspectors found shells hit the hospital")
_ORDNANCE_DID = r"(?!\s+(?:that\s+)?(?:hit|fell|falling|landed|struck|were\s+(?:used|fired)))"
ORDNANCE_FOUND = [
    rf"(?:found|discovered|detected|uncovered|defused|neutrali[sz]ed|removed)\s+{_ORDNANCE_COUNT}"
    rf"{_ORDNANCE}{_ORDNANCE_DID}",
    # ... with no words of their own between ("shells fired at Kut were found" is fire told),
    # and not found to have done something ("shells were found to have hit the school")
    rf"{_ORDNANCE}\s+(?:(?:left|lying|buried|hidden)\s+)?(?:were|was|have\s+been|had\s+been"
    r"|has\s+been)\s+(?:found|discovered|detected|uncovered|defused|neutrali[sz]ed|removed)"
    r"(?!\s+to\s+have)",
    rf"(?:cleared|clearing|clearance)\s+(?:of|from)\s+{_ORDNANCE_COUNT}{_ORDNANCE}",
    # a map of mines laid, to the clause's end ("the mine maps show that X planted 97,000 mines
    # in Y and 92,000 mines in Z"), not what a map shows of shelling
    r"maps?\s+(?:[\w'’-]+\s+){0,5}?(?:show|shows|showed|indicate\w*|reveal\w*)\b[^.;:]{0,80}?"
    r"(?:(?:planted|laid)\s|(?<!gold\s)(?<!copper\s)mines\s+(?:were\s+|had\s+been\s+)?"
    r"(?:planted|laid))[^.;:]{0,120}",
]
#: Anti-terror measures of security, stepped up or rehearsed ("anti-terror measures were
#: stepped up at the airport", "anti-terror drills"): no fighting, as the offensive's are.
PRECAUTIONS = [
    r"(?:stepped[\s-]up|step\s+up|tighten\w*|heighten\w*|strengthen\w*|reinforc\w*)\s+"
    r"(?:the\s+)?anti-?terror(?:ist)?\s+(?:measures|activities|actions)",
    r"anti-?terror(?:ist)?\s+(?:measures|activities|actions)\s+(?:were|have\s+been|had\s+been"
    r"|are|will\s+be)\s+(?:stepped\s+up|tightened|heightened|strengthened|reinforced)",
    r"anti-?terror(?:ist)?\s+(?:drills?|exercises?|training)",
]
