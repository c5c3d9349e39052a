"""French words extraction reads (see :mod:`mapper.lang.en` for what each list means)."""

SPEECH = [
    r"déclar\w*", r"affirm\w*", r"annonc\w*", r"indiqu\w*", r"accus\w*", r"dénonc\w*",
    r"reproch\w*", r"insist(?:e|ent|é)",
    r"rapport\w*", r"assur\w*", r"précis\w*", r"fait\s+savoir", r"fait\s+état", r"dément\w*",
    r"démenti\w*", r"confirm\w*", r"signal\w*", r"ajout\w*", r"soulign\w*", r"estim\w*",
    "prévenu", r"averti\w*", "reconnu", "reconnaît", "nié", "nie", "nient", "donne", "présente",
    "présenté", "dit", "disent", "explique", "expliqué", "raconté", "rapporté", "écrit",
    "écrivent", r"enregistr(?:é|ée|és|ées|e|ent)",
    r"publié(?=\s+(?:un|une|son|sa)\s+(?:\w+\s+)?(?:communiqué|déclaration|rapport|bilan)\b)",
]
SPEECH_FILLER = ["été", "ont", "dans", "un", "communiqué", "et", "se", "sont", "est", "pour", "sa",
                 "son", "part", "côté", "sur", "également", "aussi",
                 "mutuellement", "le", "la", "les", "l", "de", "du", "des", "à", "au", "aux",
                 "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "nuit",
                 "matin", "soir", "hier", "janvier", "février", "mars", "avril", "mai", "juin",
                 "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
#: Words of a time that may stand between a participle and its agent ("annoncé lundi par").
_WHEN = (r"ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|nuit|hier|"
         r"aujourd['’]hui")
ACCORDING = ["selon", "d'après", "d’après", "citant", r"dans\s+un\s+communiqué\s+(?:du|de\s+la)",
             r"(?:selon|d['’]après)\s+(?:un|le)\s+(?:communiqué|bilan|rapport)\s+(?:du|de\s+la)",
             r"auprès\s+(?:du|de\s+la|des)",
             # "annoncé lundi par", "l'annonce ce mardi matin par": a time may stand between
             rf"(?:rapporté|annoncé|signalé|confirmé|indiqué)e?s?(?:\s+(?:{_WHEN}))*\s+par",
             rf"annonce(?:\s+(?:{_WHEN}))*\s+par",
             r"(?:diffusé|publié|propagé|répandu)e?s?\s+par"]
ACCORDING_ROLES = [r"(?:la\s+|le\s+|un\s+|une\s+)?(?:porte-parole|représentante?|chef|membres?|"
                   r"(?:service|centre|bureau)\s+de\s+presse)\s+(?:du|de\s+la|de\s+l['’]|des)",
                   r"certain(?:e|s|es)?", "plusieurs",
                   r"(?:le\s+|la\s+|l['’])?(?:journal|quotidien|agence|site|portail)"]
ARTICLES = ["le", "la", "les", "l['’]", "des"]
ACCORDING_BACK = ["selon", "d'après", "d’après"]
BACK_PRONOUNS = ["elle", "lui", "eux",
                 # the body named last, or the text it put out ("Selon le communiqué, ...")
                 "ministère", "communiqué", "déclaration", "bulletin"]
CLAIMING = [r"affirmant\s+que", r"prétendant\s+que", r"selon\s+laquelle",
            r"selon\s+lesquelles"]
CITING = ["citant", r"se\s+référant\s+à", r"en\s+se\s+référant\s+à"]
#: What a denial denies, whose owner is named with it ("опроверг сообщение азербайджанской
#: стороны", "denied Baku's claims", "a démenti les informations de Bakou"), and the words
#: between it and its owner named after it.
DENIED_STATEMENT = [r"informations?", r"affirmations?", r"accusations?", r"déclarations?",
                    r"allégations?", r"communiqués?"]
#: Articles between a denying verb and an adjective that names whose statement it denies.
DENIAL_ARTICLES: list[str] = []  # French puts the adjective after the word
DENIED_STATEMENT_LINKS = ["de", "du", "des", r"d['’]", r"de\s+la", r"de\s+l['’]"]
DENYING = [r"dément\w*", r"démenti\w*", r"rejet\w*", r"réfut\w*"]
STATEMENT_SPREAD = [r"(?:diffusée?s?|publiée?s?|répandue?s?|relayée?s?|propagée?s?)\s+(?:par|dans)"]
FALSEHOOD = [r"mensong\w*", r"faux", r"fausses?", r"désinformation", r"infondée?s?",
             r"sans\s+fondement", r"fabriquée?s?", r"pas\s+vraie?s?"]
ADDRESSED = [r"(?:lettres?|messages?|appels?|courriers?|plaintes?|écrit|adressée?s?|envoyée?s?)"
             r"\s+(?:à|au|aux)"]
BACK_SUBJECTS = [r"le\s+ministère", "il", "elle", "ils"]
#: A sentence that opens with speech nobody is named for ("Отмечается, что ...", "It was noted
#: that ..."): the words of the voice named last.
IMPERSONAL_OPENING = [r"(?:il\s+est|on)\s+(?:précis|indiqu|soulign|ajout)é?e?",
                      r"il\s+a\s+été\s+(?:précisé|indiqué|souligné)"]
BACK_DETERMINERS: list[str] = []
# the auxiliary of a past tense, with an adverb ("Il a déclaré", "Il a ensuite précisé", "Ils
# ont également affirmé")
BACK_ADVERBS = [r"(?:a|ont|avait|avaient)(?:\s+(?:ensuite|aussi|également|encore|déjà|alors|"
                r"plus\s+tard|par\s+ailleurs))?"]
CONTINUES = [r"par\s+exemple", r"en\s+outre", r"de\s+plus"]
CONTINUES_LEAD: list[str] = []
ASIDE_OPENING = [r"plus\s+tôt", "auparavant", "précédemment", "rappelons"]
ACTOR_NOUNS: list[str] = []
ACTOR_BEFORE = [r"reproch\w*", r"appel\w*", r"accus\w*", r"condamn\w*",
                # "les troupes de Bakou": the capital stands for its side
                r"(?:forces|troupes|armée|autorités|gouvernement|régime|soldats|unités|dirigeants)"
                r"\s+d[eu]",
                # "la provocation de Bakou", "l'opération militaire de Bakou", "sous le contrôle
                # de Bakou", "attaqué par Erevan": the side that acts or holds
                r"(?:provocations?|opérations?|offensive|agression|contrôle)(?:\s+\w+){0,2}"
                r"\s+d[eu]", "par"]
ACTOR_OFFICIALS: list[str] = []
LOCATIVE = ["à", "au", "en", "dans", "sur", "vers", "de", "du", r"près\s+de"]
CITY_WORDS = ["ville", "capitale"]
PASSIVE_AFTER = [r"a\s+été", r"ont\s+été", "est"]


def _not_since(truce: str) -> str:
    """``truce`` not after a word that only dates what follows ("depuis la trêve, ..."), where
    it is no subject."""
    return truce + "".join(rf"(?<!{p}\s{a}\s{truce})"
                           for p in ("depuis", "après", "avant", "pendant", "malgré", "durant",
                                     "dès")
                           for a in ("la", "le", "ce", "cette"))


TRIGGERS = {
    "capture": [
        r"pris\s+le\s+contr[oô]le",
        # territory handed to the other side, a handover done ("le district a été remis à"), not
        # one to come ("doit être remis"), nor captives handed "aux autorités"
        # (not a wounded man "transféré à l'hôpital")
        r"été\s+(?:\w+\s+)?(?:remise?s?|rétrocédée?s?|cédée?s?|restituée?s?)\s+à(?!\w)",
        r"(?:est|sont|était|étaient)\s+(?:re)?passée?s?\s+sous\s+(?:le\s+)?contr[oô]le",
        r"s'(?:est|était|étaient)\s+empar\w*",
        r"s’(?:est|était|étaient)\s+empar\w*",
        r"se\s+sont\s+empar\w*", r"libér\w*",
        # "sont entrés", "l'entrée de son armée", never where one stands ("à l'entrée du
        # village") nor a law that comes in ("l'entrée en vigueur")
        r"entré(?<!à\sl['’]entré)(?!e?s?\s+en\s+vigueur)\w*", r"occupé\w*",
        r"conqu[ié]\w*", r"reconqu\w*", r"tomb[ée]\w*\s+aux\s+mains",
        # "a pris le village de X", "ont repris la ville": a settlement taken
        r"(?:re)?pris\s+(?:le\s+village|la\s+ville|la\s+localité|les\s+villages|"
        r"les\s+localités|les\s+hauteurs)",
        # "la prise de Choucha", "la prise de contrôle": a place taken (not "la prise de
        # parole", nor "la reprise des combats")
        r"prise\s+(?:de\s+(?:contr[oô]le|la\s+ville|la\s+localité)|du\s+village|des\s+villages)",
        r"prise\s+d[e’'](?=\s*(?-i:[A-ZÀ-ÖØ-Þ]))",
    ],
    "armed_clash": [r"affrontements?", r"combats?", r"accrochages?", "opération", r"encercl\w*",
                    r"mesures\s+anti-?terroristes",
                    r"snipers?", r"tireurs?\s+d['’]élite", r"mitrailleuses?", r"grenades?"],
    "attack": [r"attaqu\w*", "offensive", "assaut", r"visé\w*", r"cibl\w*", "blocus",
               r"bloqu\w*", r"fermée?s?", r"interrompue?s?", r"envahi\w*", "invasion",
               r"infiltr\w*", r"incursions?", r"pénétr(?:é|ée|és|ées|ant|aient|ait|er)\b",
               r"franchi\w*\s+la\s+(?:ligne|frontière)",
               # positions taken on the other side's ground (not "pris position", a stance)
               r"(?:pris|prendre|prennent|prenant)\s+(?:de\s+nouvelles\s+|des\s+)?positions",
               # a checkpoint set up on a road ("a installé un poste de contrôle")
               # (also as a noun: "l'installation d'un poste de contrôle", "la mise en place d'un")
               r"(?:install\w*|mise\s+en\s+place)\s+"
               r"(?:un|une|le|la|son|leur|d['’]un|d['’]une|du|de\s+la)\s+(?:(?:premier|nouveau)\s+)?"
               r"(?:postes?\s+de\s+contrôle|points?\s+de\s+contrôle|checkpoint|barrage)",
               # ... and the vehicles stopped or searched at one ("arrêtent les camions")
               r"(?:arrêt|contrôl|fouill)\w*\s+(?:\w+\s+){0,2}?"
               r"(?:camions?|voitures|véhicules?|bus|chauffeurs?|conducteurs?)\b",
               r"volée?s?", r"voler", r"vol\s+de", r"pill\w*", r"incendié\w*",
               r"en\s+feu", r"(?:mis|mettent|mettre|met)\s+le\s+feu",
               r"coupures?\s+d[eu'’]\s*(?:gaz|électricité|courant|eau)",
               r"coup(?:é|ée|és|ées|er|ent|ait)\s+(?:le|la|l['’]|les)?\s*(?:gaz|électricité|courant|eau)",
               # ... the supply named after the verb ("coupé l'approvisionnement en gaz")
               r"coup(?:é|ée|és|ées|er|ent|ait)\s+l['’](?:approvisionnement|alimentation)\s+en\s+"
               r"(?:gaz|électricité|eau)",
               # a supply stopped in other words ("l'approvisionnement en gaz de X a été coupé"),
               # a place deprived of it, its line damaged ("le gazoduc a été endommagé", not "là
               # où passe la ligne endommagée": that only says which line)
               r"(?:approvisionnement|alimentation|fourniture)s?\s+en\s+(?:gaz|électricité|eau)"
               r"(?:\s+(?!pas(?!\w))[\w'’-]+){0,5}?\s+(?:a\s+été\s+|avait\s+été\s+|est\s+)?"
               r"(?:coupée?|interrompue?|suspendue?|arrêtée?|perturbée?)(?!\w)",
               r"privée?s?\s+(?:de\s+|d['’]\s*)(?:gaz|électricité|courant|eau|chauffage)",
               r"sans\s+(?:gaz|électricité|chauffage)(?!\w)",
               r"(?:gazoducs?|pipelines?|lignes?\s+(?:électriques?|à\s+haute\s+tension))"
               r"(?:\s+(?!pas(?!\w))[\w'’-]+){0,6}?\s+(?:a|avait|ont|avaient)\s+été\s+"
               r"(?:\w+\s+)?endommagée?s?"],
    "shelling": [
        r"bombard\w*", r"tir(?:s|é\w*|ant|er|ai\w*|ent|eurs?)?", r"ouvert\w*\s+le\s+feu",
        r"ouvr\w*\s+le\s+feu", r"frappes?", r"frappé\w*", r"touché\w*", r"pilonn\w*", "obus",
        r"artillerie", r"mortiers?", r"drones?", r"roquettes?", r"missiles?", r"quadricoptères?",
        # the bulletins' "ont soumis au feu les positions"
        r"soumi[st]e?s?\s+au\s+feu",
    ],
    "ambush_sabotage": ["embuscade", r"mines?\s+(?:anti\w+|terrestres?)", r"engins?\s+explosifs?",
                        r"sauté\w*\s+sur", r"explosions?", r"explos[ée]\w*",
                        # mines laid ("ont miné les routes", "posé des mines"), not a mine hit
                        r"min(?:é|ée|és|ées|ant|aient|ait|ent)",
                        r"(?:pos\w*|placé\w*|install\w*)\s+(?:des|de)\s+mines"],
    # people arrested, not a halt ("l'arrêt des combats", "ils s'arrêtent", "la voiture s'est
    # arrêtée", "se sont arrêtés") nor a decree ("un arrêté ministériel")
    "detention": [r"détenu\w*", r"arrestations?",
                  "arrêté" + "".join(rf"(?<!{b}\sarrêté)" for b in (
                      "s['’]est", "s['’]était", "s['’]étaient", r"se\ssont", r"se\ssera"))
                  + r"(?:e|s|es)?(?!\w)(?!\s+(?:ministériel|préfectoral|municipal|présidentiel)"
                  r"\w*)",
                  r"prisonniers?", r"kidnapp\w*",
                  r"enlevée?s?\s+(?:de\s+force|par)"],
    "withdrawal_evacuation": ["retrait", r"évacu\w*", r"retir\w*", r"fui(?:r|t|ent|s)?", r"fuy\w+",
                              "exode",
                              # ... or told with who left the place ("500 personnes ont
                              # quitté X")
                              r"(?:personnes|habitants|civils|familles|réfugiés|déplacés)\s+"
                              r"(?:ont|avaient)\s+(?:déjà\s+)?quitté",
                              # ... or as the displaced who came from it ("40 000 réfugiés en
                              # provenance de X", "des réfugiés qui arrivent de X")
                              r"(?:réfugiés|déplacés)\s+(?:[\w'’-]+\s+){0,4}?"
                              r"(?:fuyant|en\s+provenance(?=\s+d)|(?:arriv|venu|venant)\w*"
                              r"(?:\s+[\w'’-]+){0,2}?(?=\s+d(?:e|u|es)?[\s'’]))"],
    "ceasefire_violation": [
        r"violation\w*\s+du\s+cessez-le-feu", r"(?:viol|romp|rompu)\w*\s+(?:le\s+)?cessez-le-feu",
        # positions dug in: the other side calls it a breach ("creusé de nouvelles tranchées")
        r"creus\w*\s+(?:de\s+nouvelles\s+|des\s+)?tranchées",
        # the passive, never across a conjunction but between two parties ("la trêve tient et la
        # digue a été rompue": two subjects; "la trêve entre l'Arménie et l'Azerbaïdjan a été
        # violée": one), nor from a truce that only dates what follows ("depuis la trêve la
        # digue a été rompue")
        rf"(?:{_not_since('cessez-le-feu')}|{_not_since('trêve')})(?:\s+entre\s+[\w'’-]+\s+et|"
        r"\s+(?!(?:et|mais|ou|quand|lorsqu\w*|tandis|alors|si|où|qui|que|puis|car|donc)"
        r"(?![\w'’-]))[\w'’-]+){0,4}?"
        r"\s+(?:a|avait)\s+été\s+(?:violée?|rompue?)",
        r"fortifi\w*", r"(?:travaux|mesures)\s+d['’]ingénierie", r"provocations?",
    ],
    "statement_threat": [r"menac\w*"],
    # ("l'accident se situe dans la section X-Y": the event told, whatever it was; only with
    # its article, not "sans accident")
    "unknown": [r"incidents?", "l'accident", "l’accident"],
}
BARRIERS: list[str] = []

KILLED = [r"tuée?s?", r"mort(?:e|s|es)?", "tuant"]
WOUNDED = [r"blessée?s?", "blessant"]
#: The singular passive names one victim ("le soldat X a été tué", "elle a été grièvement
#: blessée"), the plural ("ont été tués") several.
SINGULAR_CASUALTY = [r"(?<!\w)(?:a|avait|aurait)\s+été\s+(?:\w+\s+)?(?:tuée?|blessée?)"]
#: Right before a casualty word, a negation: nobody hurt ("le soldat n'a pas été blessé").
NOT_CASUALTY = [r"pas\s+été", r"n['’](?:a|ont|avait|avaient)\s+été"]
ACTING = ["tuant", "blessant"]  # "blessant trois civils": the count follows
NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
           "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18,
           "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
           "douzaine": 12, "une douzaine": 12}
ONE_ARTICLES: list[str] = []
TIME_UNITS = [r"jours?", r"heures?", r"semaines?", "mois", "ans", r"années?", r"minutes?",
              r"nuits?"]
VICTIMS = [r"civils?", r"soldats?", r"militaires?", r"personnes?", r"habitants?", r"bergers?",
           r"agriculteurs?", r"femmes?", r"hommes?", r"enfants?", r"ouvriers?"]
SINGULAR_VICTIMS: list[str] = []
NO_COUNT_BEFORE = ["pas"]
ANIMALS = [r"vaches?", r"moutons?", r"brebis", r"chèvres?", r"chevaux", r"cheval", r"bovins?",
           r"animaux", r"bêtes", r"têtes\s+de\s+bétail", "bétail"]
AGE_AFTER: list[str] = []
PASSIVE_BEFORE = [r"ont\s+été", r"a\s+été", "sont"]
AGENT_BEFORE = ["par"]
CLAUSE_STOPS = ["mais", r"tandis\s+que", r"alors\s+que"]
AND = ["et"]
AND_AGAIN = ["de", "d['’]", "à"]
#: A settlement word a list puts before its next name ("les régions de X et de la ville de Y").
LIST_KIND = [r"(?:la\s+ville|le\s+village|les\s+villages|la\s+localité|du\s+village"
             r"|des\s+villages)\s+(?:de|d['’])"]
EVENT_OBJECT_LINKS: list[str] = []
PLACE_PARTS: list[str] = []
AND_MORE: list[str] = []

NEAR = [r"près\s+de", r"aux\s+abords\s+de", r"environs\s+de"]
NEAR_TAIL: list[str] = []
NEAR_REFERENCE = [r"près\s+d[eu]", r"non\s+loin\s+d[eu]", r"à\s+proximité\s+d[eu]"]
NEAR_REFERENCE_OF: list[str] = []
TOWN_OF = [r"ville\s+d[eu]"]
OTHERS: list[str] = []
AREA_AFTER = [r"régions?"]
SECTOR_AFTER: list[str] = []
SECTOR_ADJECTIVE: list[str] = []
AREA_BEFORE = [r"régions?", r"districts?", r"secteurs?", r"provinces?"]
AREA_OF = ["de", "du", "d['’]"]
#: Between names and the district that qualifies them ("Keshdak of the Kalbajar region").
AREA_IN = ["de", "du", "dans"]
SEATED_IN = ["à", "au", "en", "dans"]
GENERIC_BEFORE = ["lac", "lac de", r"rivière", "corridor de", "couloir de", "route de"]
#: A generic word after a name, which it takes as part of the name (none: "lac Noir").
GENERIC_AFTER: list[str] = []
HEIGHT_BEFORE = [r"hauteurs?(?:\s+d(?:e|u|es|['’]))?", r"collines?(?:\s+d(?:e|u|es|['’]))?"]
HEIGHT_AFTER: list[str] = []
# "le village arménien de X", "du village frontalier de X": the adjectives French puts after the
# village word, before the name
_VILLAGE_ADJECTIVES = (r"(?:(?:arméniens?|arménienne?s?|azerbaïdjanaise?s?|frontali(?:er|ère)s?|"
                       r"voisine?s?|proches?|natale?s?)\s+)?")
PLACE_CUES = [r"villages?\s+" + _VILLAGE_ADJECTIVES + r"d(?:e|['’])", r"près\s+d(?:e|['’])",
              r"localités?\s+" + _VILLAGE_ADJECTIVES + r"d(?:e|['’])"]
PLACE_CUES_AFTER: list[str] = []
TOWN_CUES = [r"ville\s+(?:de\s+|d['’]\s*)"]
CONTEXT_CUES = [r"villages?\s+" + _VILLAGE_ADJECTIVES + r"(?:de\s+|d['’])",
                r"près\s+(?:de\s+|d['’])",
                r"localités?\s+" + _VILLAGE_ADJECTIVES + r"(?:de\s+|d['’])"]
APPOSITION = ["bourg", "commune"]
APPOSITION_ARTICLES = ["un", "une"]
ANAPHORS = [r"(?:le|ce|du|au)\s+village(?!\s+" + _VILLAGE_ADJECTIVES
            + r"(?:de\s+|d['’]\s*)?(?-i:[A-Z]))",
            r"(?:la|cette)\s+(?:ville|commune|localité)(?!\s+" + _VILLAGE_ADJECTIVES
            + r"(?:de\s+|d['’]\s*)?(?-i:[A-Z]))"]
CITY_ANAPHORS = ["ville"]
NOT_NAMES = ["Le", "La", "Les", "Un", "Une"]
REFERENCE_AFTER: list[str] = []
WHEN_CLAUSE = ["quand", r"lorsqu(?:e|['’])", r"où"]
REFERENCE_BEFORE = [
    "accord", "déclaration", "cessez-le-feu", "trêve", "armistice", r"signée?s?",
    # un jour fixé pour ce qui doit se faire, celui d'aucun fait : « avant la date butoir du 25 »
    r"date\s+(?:butoir|limite)", r"échéance",
    # « la première attaque depuis le 10 novembre » : une comparaison, pas le début de l'action
    r"(?:premi[eè]re?s?|pire|plus\s+\w+)\b[^.;!?]{0,30}?\sdepuis",
]
REFERENCE_LINKS = ["du", "de", "le", "en"]
DOCUMENT_DATE_LINKS = ["du", r"daté\s+du", r"en\s+date\s+du"]
STATEMENT_OF = [r"(?:communiqué|déclaration)\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*"]
STATEMENT_AFTER: list[str] = []
ABBREVIATIONS: list[str] = []

SPEECH_INVERTED = ["comme"]
TOPIC_OPENING: list[str] = []
SPEECH_AUXILIARY = ["a", "ont"]
REFERENCE_PLACE = [r"(?:km|kilomètres?)\s+(?:[\w-]+\s+){0,2}(?:de|du|d')"]
METRES = [r"m", r"mètres?"]
SIDE_OF_PLACE = [
    r"(?:au\s+(?:nord|sud)|à\s+l['’](?:est|ouest))(?:-(?:est|ouest))?\s+d(?:e|u|es|['’])",
]
VENUE_BEFORE = [r"(?:réuni\w*|rencontr\w*|réunion|pourparlers|négociations)\s+"
                r"(?:\w+\s+){0,3}?(?:à|au|en)"]
ORIGIN_BEFORE = [
                 # a person's home ("originaire du village d'Aygepar", "natif de la ville de X")
                 r"(?:originaires?|natif|natifs|native|natives)\s+"
                 r"(?:d(?:u|e\s+la|e\s+l['’])\s*(?:village|ville|localité|commune|région)\s+)?"
                 r"(?:de|du|d['’])", r"maire\s+de",
                 # where the wounded were taken ("transporté à l'hôpital de X"), not where hit
                 r"(?:transporté|évacué|conduit|admis|emmené)e?s?\s+(?:à|vers)\s+l['’]hôpital\s+"
                 r"(?:de|d['’]|à)", r"hospitalisée?s?\s+à",
                 # where people were taken ("évacués vers X"): a destination
                 r"(?:transporté|transféré|évacué|conduit|emmené|amené|acheminé)e?s?\s+(?:à|vers)",
                 # ... or fled ("ont fui vers X", "réfugiés en X")
                 r"(?:fui|fuient|fuyant|fuyaient|réfugiée?s?)\s+(?:à|vers|en)",
                 # ... from where they left ("évacués depuis Y vers X")
                 r"(?:transporté|transféré|évacué|conduit|emmené|amené|acheminé|fui|fuyant)e?s?"
                 r"\s+(?:de|d['’]|depuis)\s*(?:[\w'’-]+\s+){1,3}?(?:à|vers|en)",
                 r"né\s+à", r"chef\s+de",
                 r"conflits?\s+(?:du|au|sur\s+le|autour\s+du)",
                 r"guerres?\s+(?:du|pour\s+le|au|dans\s+le|en)",
                 r"(?:combats?|guerres?|conflits?)\s+(?:[\w-]+\s+){0,3}?pour\s+le\s+contrôle\s+d[eu]"]
ORIGIN_AFTER: list[str] = []
PEOPLE_BEFORE = [r"habitants?\s+d[eu]", r"arméniens\s+d[eu]", r"population\s+d[eu]",
                 r"peuple\s+d[eu]"]
PEOPLE_AFTER: list[str] = []
HOME_BEFORE: list[str] = []
HOME_AFTER: list[str] = []
EVENT_AT: list[str] = []
FACILITY_AFTER: list[str] = []
FACILITY_BEFORE = [r"points?\s+de\s+contrôle", r"postes?\s+(?:frontière|de\s+contrôle)",
                   r"points?\s+de\s+passage"]
ROAD_WORDS = [r"routes?", r"autoroutes?", r"axes?", r"corridors?", r"frontières?(?=\s+entre)",
              r"corridor\s+d(?:e\s+|['’]\s*)[\w'’-]+"]
ROAD_LINKS = ["reliant", "entre", r"qui\s+relie"]
ROAD_AND = ["et", "à"]
SECTION_WORDS = [r"sections?", r"tronçons?", r"portions?"]
ROAD_FROM = [r"d(?:e|u|['’])"]
ROAD_TO = ["à", r"jusqu['’]à"]
ROAD_END_BEFORE = [r"(?:village|ville|localité|commune)\s+d(?:e|u|['’])"]
ROAD_END_AFTER: list[str] = []
#: Another voice confirms what was just told ("The Russian Defence Ministry confirmed the
#: incident"): its claim at the same places and days.
CONFIRMED_IT = [r"confirm\w*\s+(?:l['’]\s*(?:incident|information|attaque)|les\s+faits|"
                r"ces\s+informations)"]
REPORTED_IT = [r"(?:l['’]|cet|cette)\s*(?:incident|attaque|information)"]
ABOUT_THIS = [r"c['’]est\s+ce\s+qu['’]", r"c['’]est\s+ce\s+qui\s+ressort",
              r"(?:cet|cette|ces|l['’])\s*(?:incident|information|attaque|tir)s?\s+"
              r"(?:(?:a|ont)\s+été|est|sont)\s+(?:rapporté|annoncé|signalé|confirmé)\w*"]
AREA_ADJECTIVE_ENDINGS: list[str] = []
RECIPIENT = ["à", "au", "aux"]
THAT = ["que", "qu'", "qu’"]
#: This language's name as front matter or a page may write it instead of its code
#: ("lang: English"): in English, French and Russian.
LANGUAGE_NAMES = ["french", "français", "francais", "французский"]
#: Labels before a page's publication date ("Publié le 12/09/2022").
PUBLISHED_LABELS = ["date", r"publié\s+le"]
#: Labels before a page's own date at the start of a line ("Mis à jour le 12/09/2022").
PAGE_DATE_LABELS = [*PUBLISHED_LABELS, r"mis\s+à\s+jour\s+le"]
#: The word before a time of day in a page's time stamp ("16 May 2021 at 09:10").
AT_TIME = ["à"]
#: A photo's credit ("Photo de Agence Test", "Crédit photo : Agence Test", "© Agence Test").
CAPTION_CREDITS = [r"photo\s*(?::|de\b)", r"crédits?\s+photos?\b", "©"]
#: Words before a bare year that make it a date ("in 1991", "depuis 1994", "в 1992 году").
YEAR_LEAD = ["en", "depuis", "dès", "durant"]
#: Words before a date that make it the start of what still goes on ("depuis le 12 décembre",
#: "depuis le début de la guerre le 27 septembre") ...
SINCE = [r"depuis(?:\s+le)?",
         r"depuis\s+le\s+(?:début|déclenchement)\s+(?:[\w'’-]+\s+){0,4}(?:le)?"]
#: ... or after it ("du 27 septembre à ce jour").
UNTIL_NOW = [r"jusqu['’]\s*(?:à\s+présent|à\s+aujourd['’]hui|à\s+ce\s+jour|ici)", r"à\s+ce\s+jour"]
#: Words between a place and the date right after it that is the place's ("Tegh on 5 June and
#: Sotk on 12 June").
DATE_AFTER_PLACE = ["le", r"dans\s+la\s+nuit\s+d[ue]", "du"]
SAME_DAY = ["le même jour", "ce même jour", "le jour même", "ce jour-là", "la même nuit"]
DAYS_AFTER = [r"au\s+lendemain\s+d(?:e|u|es|['’])",  # ("le lendemain": the next day)
              r"(?:un|deux|trois|quatre|cinq|six|sept|\d+)\s+jours?\s+après(?=\s+\w)"]
THE_EVENT = [r"(?:l['’]|les?\s+|la\s+|cette\s+|ces\s+|cet\s+)(?:attaque|agression|bombardements?"
             r"|combats|affrontements|incident|frappes?|offensive|provocation|accrochage)"]
#: A sentence opening with the event just told and when it happened ("L'incident a eu lieu ...").
EVENT_OCCURRED = [r"(?:l['’]|les?\s+|la\s+|cette\s+|cet\s+)(?:incident|attaque|explosion"
                  r"|bombardements?|tirs|provocation|accrochage|fusillade)\s+(?:(?:a|ont)\s+eu\s+lieu"
                  r"|s['’]est\s+produite?|se\s+sont\s+produit(?:e)?s|s['’]est\s+déroulée?)"]
#: Words that open another event than the one just told ("Par ailleurs, ...").
OTHER_EVENT = ["par ailleurs", r"dans\s+un\s+autre\s+incident",  # not "d'ailleurs" (besides)
               r"dans\s+un\s+incident\s+distinct", "séparément"]
#: Words before an event that did not happen ("pour empêcher de nouveaux tirs").
PREVENTS = [r"empêch\w*", r"prévenir", r"évit\w*"]
RANGE_TO = ["au", "à", "jusqu'au", "jusqu’au"]
RANGE_BETWEEN = ["entre"]
RANGE_FILLERS = ["du", "de", "le", "la", "h", "heures?", "partir", "matin", "soir", "nuit",
                 "après-midi", "minuit", "tard", "tôt", "fin", "début"]
#: Role words of a place's own officials, around which a speaker named by its place is read
#: ("Sotk village head", "глава села Шурнух").
LOCAL_ROLES = ["maire", "gouverneur", "chef", r"conseil\s+des\s+anciens"]
LOCAL_GOVERNMENT = ["autorités", "responsables"]
COUNTRY_BACK = [r"du\s+pays"]
DENIED_THAT = [r"(?:a|ont)\s+(?:démenti|nié|réfuté)\s+(?:avoir|que|qu['’])",
               r"(?:dément|démentent|nie|nient)\s+(?:avoir|que|qu['’])"]
NO_EVENT = [r"aucun(?:e)?\s+(?:tir|coup\s+de\s+feu|bombardement"
            r"|violation(?:\s+du\s+cessez-le-feu)?)(?:\s+n['’](?:a|ont)\s+(?:été\s+)?\w+)?",
            r"pas\s+de\s+(?:tirs?|coups?\s+de\s+feu|bombardements?|violations?)"]
CALM = [*NO_EVENT, r"calme\w*", r"tranquill?\w*", "stable", r"(?:est|sont)\s+(?:situé|frontali)\w*",
        r"réunions?", r"rencontres?", r"négociations?", "pourparlers"]
SURNAME_ENDINGS = ["yan", "yants", "ov", "ova", "ev", "eva", "zadé"]
PERSON_ENDINGS = ["ian", "iants"]
PERSON_TITLES = [
    "soldat", "caporal", "sergent", "lieutenant", "capitaine", "commandant", "colonel",
    r"général", r"militaire", r"conscrit", r"identifiée?s?\s+comme",
]
SURNAME_CASES: list[str] = []
FIRING_FROM = [
    r"(?:à\s+partir|depuis)\s+(?:des?|du|de\s+la|de\s+l['’]|leurs?|ses|sa|son)\s*"
    r"(?:positions?|localités?|villages?|direction|territoire)\b",
]
FIRING_FROM_PLACE = ["depuis", r"à\s+partir\s+d[eu]", r"à\s+partir\s+de\s+la",
                     r"depuis\s+(?:le|la|les)\s+(?:villages?|localités?|villes?)\s+d[eu]"]
#: An opener of FIRING_FROM that names who fired, not where from: none in French (FIRING_FROM
#: opens with positions, villages or a direction only).
FIRING_SIDE: list[str] = []
#: What fire told as from a side harmed, named after it ("des tirs depuis les positions
#: azerbaïdjanaises ont endommagé une école à X"): where the fire fell, not where it came from.
#: Civilians named by where they live ("un berger de X"): not fire from there.
CIVILIANS = [r"habitants?", r"bergers?", r"agriculteurs?", r"villageois", r"civils?",
             r"femmes?", r"hommes?", r"enfants?", r"paysans?"]
DAMAGED = [r"endommag\w*", r"détrui\w*", r"blessé\w*", r"tué\w*"]
#: What the fire was aimed at ("depuis X sur Y", "en direction de Y"): a site, not the origin.
FIRING_TARGET = ["sur", "contre", "vers", "visant",
                 # "depuis X en direction de Y", not where the positions fired from stand
                 # ("depuis des positions situées en direction de X")
                 r"en(?<!situées\sen)(?<!situés\sen)(?<!stationnées\sen)\s+direction\s+d[eu]"]
UNITS_AT: list[str] = []
EVENT_OBJECT_PREPOSITIONS: list[str] = []
UNITS_STATIONED = [
    r"(?:unités|troupes|forces|formations?|détachements?|soldats|militaires)"
    r"(?:\s+[\w'’-]+){0,4},?\s+(?:stationnée?s?|déployée?s?|positionnée?s?|postée?s?|située?s?)",
]
POSITIONS_OF = [r"positions?\s+d(?:e|es|u)"]
SUFFERED_BEFORE = ["été", r"ont\s+essuyé", r"a\s+essuyé"]
POSSESSIVE = []
HISTORY_AFTER = [
    r"en\s+(?:19|20)\d\d",
    r"(?:lors\s+de|pendant|durant)\s+la\s+(?:dernière\s+|première\s+|seconde\s+)?guerre",
]
#: The outbreak of fighting told weeks after (see en.py).
OUTBREAK = [
    r"(?:combats|affrontements|hostilités|guerre|conflit)\s+(?:[\w'’-]+\s+){0,4}?(?:ont|a)\s+"
    r"(?:éclaté|repris|commencé|débuté)",
    r"(?:le\s+)?(?:déclenchement|début)\s+(?:de\s+la\s+guerre|des\s+(?:hostilités|combats))",
]
EPITHETS = [r"libéré\w*\s+de\s+l['’]occupation",
            r"échang\w*\s+(?:de\s+|des\s+|d['’]\s*|les\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:prisonniers?|captifs?|détenus?|otages?)"]
#: Explosives found, defused or mapped, not set off (see en.py): "une cartographie de plus de
#: 92 000 mines antichars", "deux obus ont été découverts".
_ORDNANCE = r"(?:mines?(?:\s+(?:anti\w+|terrestres?))?|obus|munitions|engins?\s+explosifs?)"
_ORDNANCE_COUNT = (r"(?:(?:[\d.,]+|plus|près|environ|de|des|d['’]|et|non|explosé\w*|anti\w+"
                   r"|d['’]artillerie)\s+){0,8}?")
ORDNANCE_FOUND = [
    rf"(?:découv\w*|désamorc\w*|neutralis\w*|retrouvé\w*|cartographi\w*|cartes?)\s+"
    rf"{_ORDNANCE_COUNT}{_ORDNANCE}",
    rf"{_ORDNANCE}\s+(?:ont|a|avaient|avait)\s+été\s+"
    r"(?:découvert|désamorcé|neutralisé|retrouvé)\w*",
]
PRECAUTIONS = [
    r"renforc\w*\s+(?:les\s+|des\s+)?mesures\s+anti-?terroristes",
    r"mesures\s+anti-?terroristes\s+(?:ont\s+été\s+|sont\s+|seront\s+)?renforcées",
    r"exercices?\s+anti-?terroristes?",
]
#: After a denial and its comma: the denier's own account opens (see en.py).
DENIAL_THEN_SAYING = ["affirmant", "ajoutant", "précisant", "assurant", "indiquant", "expliquant",
                      "soulignant", "déclarant"]
#: After a denying verb: what was just told, denied (see en.py).
DENIED_OBJECT: list[str] = []
#: After a speech verb: where it was said (see en.py).
SPEECH_CHANNEL: list[str] = []
#: After a place named as where another lies, and before it (see en.py).
CONTAINER_AFTER: list[str] = []
CONTAINER_IN: list[str] = []
#: A passive of what is yet to be done (see en.py): "X sera restitué", "X doit être remis"; not
#: "serait", the conditional of hearsay ("le village serait tombé": it fell, they say).
TO_BE_DONE = [r"ser(?:a|ont)", r"(?:doi(?:t|vent)|devr(?:a|ont))\s+(?:(?:encore|aussi)\s+)?être"]
#: Words that make what follows them an event that has not happened (see en.py): "pourraient
#: attaquer X", "prévoit de", "menace de", "ripostera si ... tirent sur X"; not "pouvaient être
#: entendues", nor a "Si" that opens its sentence, as often conceding as supposing ("Si les
#: Arméniens occupent toujours une partie du village, l'autre a été conquise").
UNREALISED = [
    r"pourr(?:ait|aient|a|ont)(?!\s+être\s+(?:entendu|vu|ressenti)\w*)",
    r"prévoi\w*\s+d(?:e|(?='))", r"prépar\w*\s+(?:une?|à|l[ae])", r"menac\w*\s+d(?:e|(?='))",
    r"craint\w*", r"risque\s+d(?:e|(?='))", r"si(?<!même\ssi)(?<=\w\ssi)", r"s'ils?",
    # ce qu'un accord prévoit ("l'accord prévoit la restitution des districts de X et Y")
    r"prévo(?:it|ient|yait|yaient)\s+(?:que|l[ae]|les|l['’]|une?|des?)",
]
#: Nouns that end a subject of their own after a comma (see en.py).
SUBJECT_NOUNS: list[str] = []
