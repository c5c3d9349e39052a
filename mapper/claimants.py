"""Claimant names -> the canonical claimant, its side, how it matched and a score.

Who each asserting party is, and which side it speaks for, is data: ``claimants.csv`` and
``claimant_aliases.csv``. This module only finds the row a text means. A lookup tries, in order
of trust:

``exact``
    an alias or claimant name as written (case-insensitive, accents and a leading article
    ignored), or a web address whose host is an alias ("https://mil.am/en/news/1");
``key``
    the claimant key: the words folded like place names (:func:`mapper.names.words`: case,
    script, phonetic spelling, Russian case endings), then institution and country phrases
    replaced by one token each (:data:`VOCABULARY`: "Ministry of Defence" = "Defense Ministry" =
    "MoD" = "Минобороны"; "of Armenia" = "Armenia's" = "Armenian" = "Армении"), role words such
    as "spokesperson" dropped, order ignored;
``fuzzy``
    a misspelt word corrected to a vocabulary or alias word, or the whole key similar to an alias
    key, above :data:`FUZZY_RESOLVE`; never across countries: the country tokens must agree;
``partial``
    the text holds a whole alias key of two or more tokens and more words ("Armenian MoD
    spokesperson Aram Torosyan's office"), or an outlet's key and a country word (a regional
    or language edition: "DW Russian", "Euronews Armenia");
``place``
    a local official or resident of a named place ("Goris deputy mayor", "residents of
    Vardenis", "villagers of Kut, Sotk and Azat"): the side that administered the place
    throughout 2020-2023 (``held.csv``); kept as written, not known. A place that changed hands
    (Nagorno-Karabakh, the seven districts) gives no side; a village name several districts
    share takes the side of the district named after it ("residents of Alibayli village of
    Tovuz"), else none;
``side``
    only the country is recognised ("Azerbaijani Ministry of Emergency Situations"), or only in a
    gloss in parentheses ("local officials (Nagorno-Karabakh)"): the side is kept, the claimant
    stays as written and is not known;
``unknown``
    nothing: kept as written, side ``unknown``; never dropped, never guessed.

>>> from mapper import gazetteer  # doctest: +SKIP
>>> ClaimantIndex(gazetteer.load()).match("Armenia MoD")  # doctest: +SKIP
ClaimantMatch(text='Armenia MoD', claimant='am-mod', name='Ministry of Defence of Armenia', \
side='am', method='key', score=0.92, known=True)
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from mapper import morph
from mapper.gazetteer import Gazetteer
from mapper.lang import alternation
from mapper.lang import words as lang_words
from mapper.names import clean_query, key, translit, words

#: Letters of a word compared when asking whether a claimant's names hold it.
STEM = 6
#: The fewest letters of a word (folded: "Russain" has six) read with two neighbouring letters
#: swapped back.
SWAPPED_LETTERS = 6
#: A state's envoys abroad ("the Armenian ambassador", "l'ambassade de France", "посол России"):
#: its foreign ministry, whatever country they serve in (:data:`_ACCREDITED`).
ENVOYS = ("ambassador", "embassy", "ambassadeur", "ambassadrice", "ambassade", "посол", "посла",
          "послом", "посольство", "посольства", "səfir", "səfirlik")
#: Phrases that name one institution or country, in any language, each replaced by one token.
#: Tokens are upper case, which folded words never are. Inflected Russian forms need not be
#: listed (the folding strips case endings); French accents and hyphens do not matter.
VOCABULARY: dict[str, tuple[str, ...]] = {
    # Countries and areas: these decide a side, and fuzzy matching never changes them.
    "AM": (
        "Yerevan", "Erevan", "Ереван", "Armenia", "Armenian", "Armenians", "Republic of Armenia",
        "RA", "РА", "Армения", "армянский", "армянская", "армянское", "армянские", "Arménie",
        "arménien", "arménienne", "Ermənistan", "Hayastan", "Հայաստան",
        # Armenian's genitive "of Armenia" and the Republic of Armenia (ՀՀ: _WRITTEN_OUT);
        # Azerbaijani's genitive
        "Հայաստանի", "Հայաստանի Հանրապետություն", "Ermənistanın",
    ),
    "AZ": (
        "Baku", "Bakou", "Баку", "Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri", "Azeris",
        "Azerbaidjan", "Republic of Azerbaijan", "AR", "АР", "Azerbaïdjan", "azerbaïdjanais",
        "azerbaïdjanaise", "Азербайджан", "азербайджанский", "азербайджанская", "азербайджанское",
        "Azərbaycan", "Ադրբեջան", "Ադրբեջանի", "Azərbaycanın",
    ),
    "RU": (
        "Moscow", "Moscou", "Москва", "Russia", "Russian", "Russian Federation", "RF", "Россия",
        "российский", "российская", "российское", "русский", "РФ", "russe", "Russie",
        "Fédération de Russie", "Rusiya",
        "российские", "российских", "российскими", "российского", "российской",
        "Ռուսաստան", "Ռուսաստանի", "ՌԴ", "Rusiyanın",
    ),
    "NK": (
        "Stepanakert", "Степанакерт", "Artsakh", "Karabakh", "Nagorno-Karabakh", "Nagorno Karabagh",
        "Mountainous Karabakh", "NK", "NKR", "Artsakh Republic", "Republic of Artsakh",
        "Nagorno-Karabakh Republic", "Republic of Nagorno-Karabakh", "Haut-Karabakh", "Арцах",
        "Карабах", "Нагорный Карабах", "Нагорного Карабаха", "НКР", "НК", "Արցախ",
        "Nagorny Karabakh", "Nagorny-Karabakh", "Nagorno Karabakh", "Karabagh", "Haut-Karabagh",
        "Карабаха", "Нагорном Карабахе", "Нагорному Карабаху", "RHK",
        # Armenian: "of Artsakh", ԼՂՀ (the Nagorno-Karabakh Republic), Mountainous Karabakh
        "Արցախի", "ԼՂՀ", "Լեռնային Ղարաբաղ", "Լեռնային Ղարաբաղի",
        # the region's Armenians ("the ethnic Armenian authorities"): Armenia's bodies are never
        # called ethnic (the same words would make Georgia's ethnic Armenians Karabakh's: rare
        # as a voice in reports of this conflict)
        "ethnic Armenian",
        "карабахские армяне", "карабахских армян",
    ),
    "TR": ("Turkey", "Turkish", "Türkiye", "Турция", "турецкий", "turc", "turque", "Turquie"),
    "EU": ("EU", "European Union", "Евросоюз", "ЕС", "Union européenne", "UE"),
    # States that are no party, whose governments and envoys speak of the conflict: side intl
    # (:data:`THIRD_STATES`). "US" and "UK" count only in capitals (:data:`COUNTRY_ABBREVIATIONS`):
    # "us" is a word.
    "US": ("United States", "USA", "America", "American", "Americans", "États-Unis",
           "américain", "américaine", "США", "Соединенные Штаты", "американский",
           "американская", "американские", "американского", "американской", "ABŞ"),
    "GB": ("United Kingdom", "Britain", "British", "Royaume-Uni", "britannique",
           "Великобритания", "Великобритании", "британский", "британская", "британского",
           "британской", "Britaniya"),
    "FR": ("France", "French", "français", "française", "Франция", "Франции", "французский",
           "французская", "французского", "французской", "Fransa"),
    "DE": ("Germany", "German", "Allemagne", "allemand", "allemande", "Германия", "Германии",
           "немецкий", "немецкая", "немецкого", "германский", "Almaniya"),
    "NL": ("Netherlands", "Dutch", "Pays-Bas", "néerlandais", "néerlandaise", "Нидерланды",
           "Нидерландов", "нидерландский", "нидерландская", "голландский", "Niderland"),
    "IR": ("Iran", "Iranian", "iranien", "iranienne", "Иран", "Ирана", "иранский", "иранская",
           "иранского", "İran"),
    "CN": ("China", "Chinese", "Chine", "chinois", "chinoise", "Китай", "Китая", "китайский",
           "китайская", "китайского", "Çin"),
    "GE": ("Georgia", "Georgian", "Géorgie", "géorgien", "géorgienne", "Грузия", "Грузии",
           "грузинский", "грузинская", "грузинского", "Gürcüstan"),
    # Institutions.
    "MOD": (
        "Ministry of Defence", "Defence Ministry", "MoD", "Minister of Defence",
        "Defence Minister", "Ministry of National Defence", "Defence Department", "army",
        "Def Min", "DefMin", "Defence Min", "Def Ministry", "Min of Defence", "Min Def",
        "Min Defence",  # as sheets shorten it
        "armed forces", "military", "Минобороны", "МО", "Министерство обороны",
        "Министр обороны", "армия", "вооруженные силы", "военное ведомство",
        "оборонное ведомство", "военные",
        "ministère de la Défense", "département militaire", "département de la Défense",
        "ministre de la Défense", "armée", "forces armées", "Müdafiə Nazirliyi",
        "Müdafiə naziri", "ordu", "silahlı qüvvələr", "ՊՆ", "Պաշտպանության նախարարություն",
    ),
    "ARMY": ("Defence Army", "Defence Forces", "Армия обороны", "Armée de défense",
             "Պաշտպանության բանակ"),
    "MOI": ("Ministry of Internal Affairs", "MIA", "MoI", "Interior Ministry",
            "Ministry of Interior", "Interior Minister", "police", "police force", "МВД",
            "Министерство внутренних дел", "полиция", "ministère de l'Intérieur",
            "ministère des Affaires intérieures", "Daxili İşlər Nazirliyi", "polis"),
    "MFA": (
        "Ministry of Foreign Affairs", "Foreign Ministry", "MFA", "Foreign Minister", "FM",
        "Minister of Foreign Affairs", "Foreign Office", "МИД", "Министерство иностранных дел",
        "ministère des Affaires étrangères", "ministre des Affaires étrangères",
        "Xarici İşlər Nazirliyi", "ԱԳՆ",
        # a state's diplomacy as the press names its ministry ("la diplomatie arménienne",
        # "дипломатическое ведомство Азербайджана")
        "diplomatie", "дипломатическое ведомство", "внешнеполитическое ведомство",
        *ENVOYS,
    ),
    # a title that is no envoy's ("Azerbaijan's goodwill ambassador"): no body's key has it
    "TITLE": ("goodwill ambassador", "brand ambassador", "cultural ambassador",
              "ambassadeur de bonne volonté"),
    "PM": ("Prime Minister", "PM", "premier", "Premier ministre", "премьер-министр", "премьер",
           "Baş nazir", "վարչապետ"),
    "PRESIDENT": ("President", "Président", "Президент", "Prezident", "head of state",
                  "նախագահ"),
    "ADMIN": ("Presidential Administration", "Presidential aide", "aide to the President",
              "assistant to the President", "Presidential assistant", "помощник президента",
              "Prezidentin köməkçisi", "Prezident Administrasiyası"),
    "OMBUDSMAN": ("ombudsman", "Human Rights Ombudsman", "Human Rights Defender", "HRD",
                  "ombudsperson",
                  "Commissioner for Human Rights", "İnsan Hüquqları üzrə Müvəkkil",
                  "омбудсмен", "Защитник прав человека", "Уполномоченный по правам человека",
                  "médiateur", "Défenseur des droits de l'homme", "défenseur des droits humains",
                  "défenseur des droits"),
    "MES": ("Ministry of Emergency Situations", "Emergency Situations Ministry",
            "Ministry for Emergency Situations", "Emergencies Ministry", "Emergency Ministry",
            "Minister of Emergency Situations", "State Service of Emergency Situations",
            "State Service for Emergency Situations", "State Emergency Service",
            "Emergency Service", "Rescue Service", "МЧС",
            "Министерство по чрезвычайным ситуациям", "Министр по чрезвычайным ситуациям",
            "Служба по чрезвычайным ситуациям", "ГСЧС", "Служба спасения",
            "госслужба по чрезвычайным ситуациям", "госслужба по ЧС", "служба по ЧС",
            "ministère des Situations d'urgence", "Service des situations d'urgence",
            "Fövqəladə Hallar Nazirliyi"),
    "INVESTIGATIVE": ("Investigative Committee", "Следственный комитет", "СК",
                      "Comité d'enquête", "Istintaq Komitəsi"),
    "HEALTH": ("Ministry of Health", "Health Ministry", "Health Minister", "Minister of Health",
               "Минздрав", "Министерство здравоохранения", "ministère de la Santé",
               "Səhiyyə Nazirliyi"),
    "SSS": ("State Security Service", "SSS", "DTX", "Служба государственной безопасности",
            "СГБ", "Dövlət Təhlükəsizliyi Xidməti"),
    "BORDER": ("State Border Service", "Border Service", "border guards", "border troops", "DSX",
               "Государственная пограничная служба", "пограничная служба", "пограничники",
               "Dövlət Sərhəd Xidməti", "NSS Border Guard Troops", "Border Guard Troops",
               "Border Guard Service", "Border Directorate", "Border Department",
               "погранвойска", "погранслужба", "Госпогранслужба", "пограничные войска",
               "пограничное управление",
               "пограничная охрана", "gardes-frontières", "garde-frontières",
               "Service national des frontières", "service des gardes-frontières",
               "service frontalier", "service des frontières"),
    "PROSECUTOR": ("Prosecutor General", "Prosecutor General's Office", "Prosecutor's Office",
                   "Military Prosecutor's Office", "military prosecutor's office",
                   "Prosecutor-General", "Генпрокуратура", "Генеральная прокуратура",
                   "Генпрокурор", "Baş Prokurorluq", "Baş Prokurorluğu", "Baş prokuror",
                   "Prosecutor", "procureur", "bureau du procureur", "procureur général", "parquet",
                   "прокуратура", "прокурор"),
    "INFOCENTER": ("Unified Infocenter", "Infocenter", "Info Center", "Information Center",
                   "Information Centre", "Information Headquarters", "Infotsentr",
                   "Информационный центр", "Инфоцентр", "Информационный штаб", "Информштаб"),
    "PARLIAMENT": ("parliament", "National Assembly", "MP", "MPs", "lawmaker", "lawmakers",
                   "parliamentarian", "member of parliament", "parlement", "député", "députée",
                   "Assemblée nationale", "парламент", "депутат", "Национальное собрание",
                   "Национального собрания", "парламента",
                   "Milli Məclis", "deputat"),
    "GOV": ("government", "authorities", "officials", "side", "власти", "властей", "властям",
            "властями", "правительство",
            "сторона", "autorités", "gouvernement", "partie", "hökumət", "tərəf",
            "leadership", "leaders", "руководство", "dirigeants", "rəhbərlik",
            # officials by the words French and Russian reports use ("les responsables
            # arméniens du Haut-Karabakh", "армянские чиновники в Карабахе")
            "responsables", "officiels", "чиновники", "официальные лица", "rəsmilər",
            # the head of a government where it has no prime minister
            "State Minister", "государственный министр", "госминистр", "ministre d'État"),
    "SRC": ("sources", "media", "источники", "СМИ", "médias", "mənbələr", "KİV"),
    "PEACE": ("peacekeepers", "peacekeeping contingent", "peacekeeping forces",
              "peacekeeping command", "peacekeeping mission", "peacekeeping troops",
              "миротворцы", "миротворцев", "миротворцами", "миротворцам",
              "миротворческий контингент", "миротворческие силы", "миротворческого контингента",
              "миротворческих сил", "миротворческими силами", "миротворческим силам",
              "casques bleus", "forces de maintien de la paix", "soldats de la paix",
              "contingent de maintien de la paix", "maintien de la paix",
              "sülhməramlılar", "sülhməramlı kontingent"),
    # A place's own officials ("Goris deputy mayor", "head of the Sotk community").
    "LOCAL": ("mayor", "deputy mayor", "vice-mayor", "vice mayor", "head of the community",
              "community head", "community leader", "head of the village", "village head",
              # "head of Sotk village", "chef du village de Sotk": the place after "of"
              "head", "chef du village", "chef de village", "chef de la communauté",
              "village chief", "village administration", "municipality",
              "мэр", "мэра", "мэру", "мэром", "вице-мэр",
              "вице-мэра", "заместитель мэра",
              "глава общины", "глава села", "замглавы", "заместитель главы", "глава",
              "администрация", "maire", "administration", "adjoint au maire", "icra başçısı",
              "executive authority",
              "executive power", "исполнительной власти", "icra hakimiyyəti",
              # a community's council ("Jermuk Council of Elders")
              "council of elders", "совет старейшин", "совета старейшин",
              "conseil des anciens"),
    # A province's governor and the administration they head: a token of their own, so that a
    # community's mayor of the province ("the mayor of a Gegharkunik community") is no name of
    # the governor's office, as the key of a role word and a place would make them
    "GOVERNOR": ("governor", "deputy governor", "regional governor", "vice-governor",
                 "губернатор", "вице-губернатор", "gouverneur", "vice-gouverneur", "marzpet",
                 "regional administration", "provincial administration",
                 "областная администрация", "administration régionale"),
    "WITNESS": ("eyewitnesses", "eyewitness", "witnesses", "witness", "local residents",
                "residents", "locals", "villagers", "local farmers", "farmers", "очевидцы",
                "местные жители", "жители", "témoins", "habitants", "sakinlər", "şahidlər",
                # one of them ("a resident of Taghavard", "местный житель")
                "resident", "local resident", "villager", "farmer", "local farmer", "очевидец",
                "житель", "жительница", "местный житель", "habitant", "habitante", "sakin",
                # who work the land or lived through it there ("Sotk shepherds", "пастухи")
                "shepherds", "shepherd", "herders", "herder", "survivors", "survivor",
                "пастухи", "пастух", "bergers", "berger", "survivants", "çobanlar", "çoban"),
}
#: Words that make one institution wherever they stand in the name, when an adjective of country
#: sits between them ("ministère arménien de la Défense", "Министерство обороны РА").
SCATTERED: dict[str, tuple[str, ...]] = {
    "MOD": ("ministère Défense", "Ministry Defence", "ministre Défense"),
    "MFA": ("ministère Affaires étrangères", "Ministry Foreign Affairs"),
    "OMBUDSMAN": ("délégué aux droits humains", "délégué aux droits de l'homme",
                  "défenseur des droits humains", "défenseur des droits de l'homme"),
}
#: Words that never tell two claimants apart: articles, prepositions, roles within a body.
#: A region's word, which a claimant's name may hold ("officials of the Karabakh region") and a
#: place's name does ("регионе Нагорного Карабаха").
REGION_WORDS = ("region", "région", "регион", "региона", "регионе")
IGNORED = (
    "the", "of", "de", "la", "le", "les", "du", "des", "s", "l", "d", "a", "an", "and", "et", "и",
    "в", "во",
    "in", "en", "its", "republic", "république", "республика", "respublikası", "office",
    # "le Service des situations d'urgence de l'État de l'Arménie": the state is its country's
    "État",
    "press service", "press office", "press secretary",
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative",
    "official representative", "пресс-служба", "пресс-секретарь", "представитель",
    "официальный представитель", "porte-parole", "mətbuat xidməti", "sözçü",
    "service de presse", "bureau", "аппарат", "офис",
    # "ethnic Armenian authorities": a people, as the country's adjective alone would be
    "ethnic",
    # what one side says of the other's state, not which body speaks
    "de facto", "unrecognized", "unrecognised", "self-proclaimed", "непризнанная",
    "непризнанной", "непризнанный", "самопровозглашенная", "самопровозглашенной",
    "самопровозглашенный", "autoproclamée", "autoproclamé", "non reconnue", "non reconnu",
    # ... and how the press describes a contested area or whom a body leans on: "officials in
    # the disputed Nagorno-Karabakh region" are Karabakh's officials, "Armenian-backed
    # separatists" the separatists ("les séparatistes de l'enclave disputée", "власти
    # спорного региона")
    "disputed", "breakaway", "contested", "aligned", "backed", "supported",
    "disputée", "disputé", "contesté", "contestée",
    "спорный", "спорного", "спорном", "мятежный", "мятежного", "мятежном",
    *REGION_WORDS,
)
#: Words that call an outlet or its staff by their trade ("TASS news agency", "a Reuters
#: correspondent"): they never tell two outlets apart, so the outlet's own name decides; with no
#: name beside them they are the media of a side ("Azerbaijani news agency"), like "sources".
MEDIA_ROLES = (
    "news agency", "news agencies", "information agency", "agency", "agencies", "correspondent",
    "reporter", "journalist", "news website", "news site", "website", "newspaper", "TV channel",
    "агентство", "информационное агентство", "информагентство", "корреспондент", "журналист",
    "agence", "correspondant", "journaliste", "Telegram channel", "Telegram-канал",
    "chaîne Telegram",
)
#: Words after a country's adjective that make it a language edition, not a side ("BBC Russian
#: Service", "Русская служба Би-би-си", "RFE/RL's Azerbaijani Service").
LANGUAGE_SERVICES = ("service", "edition", "desk", "служба", "редакция", "édition")
#: Institutions every side has: a key made of these alone ("the Defence Ministry") names a kind
#: of body, not one, and only an alias written exactly so may resolve it.
GENERIC = frozenset({"MOD", "MFA", "PM", "PRESIDENT", "ADMIN", "GOV", "SRC", "OMBUDSMAN",
                     "PROSECUTOR", "BORDER", "SSS", "INFOCENTER", "ARMY", "PARLIAMENT",
                     "MES", "INVESTIGATIVE", "HEALTH", "MOI"})
#: A country as analysts' sheets abbreviate it before a body ("ARM MoD", "AZ MoD", "Azerb. MoD",
#: "RU MoD", "Az MoD"), written out: in capitals, with its full stop or capitalised, never the
#: word "arm" (:data:`_WORDS`).
COUNTRY_ABBREVIATIONS = {
    **dict.fromkeys(("arm", "am", "arm."), "Armenian"),
    **dict.fromkeys(("az", "aze", "azer", "azerb", "az.", "aze.", "azer.", "azerb."),
                    "Azerbaijani"),
    **dict.fromkeys(("ru", "rus", "rus.", "russ."), "Russian"),
    **dict.fromkeys(("us", "u.s.", "u.s"), "American"),
    **dict.fromkeys(("uk", "u.k."), "British"),
}
#: Abbreviations that are words or given names as well ("Azer Bayramov"): a country only in
#: capitals or with a full stop.
_WORDS = frozenset({"am", "arm", "us", "azer"})
#: States that are no party to the conflict, by their tokens (ISO codes, as the claimant
#: table's ``country`` column): they speak for side intl, as the international bodies.
THIRD_STATES = frozenset({"US", "GB", "FR", "DE", "NL", "IR", "CN", "GE"})
#: International bodies each country has a namesake of its own ("the Russian Red Cross", a
#: national society, is no office of the ICRC).
NATIONAL_NAMESAKES = frozenset({"intl-icrc"})
#: Country tokens and the side each speaks for.
SIDE_OF = {"AM": "am", "AZ": "az", "RU": "ru", "NK": "nk", "TR": "tr", "EU": "intl",
           **dict.fromkeys(THIRD_STATES, "intl")}
#: The bodies through which a third state's government speaks ("the Dutch foreign ministry",
#: "l'ambassadeur de France", "the Iranian president"), as the state's name alone: keys of its
#: government's row, unless the table has a row of their own.
STATE_VOICES = ("MFA", "PRESIDENT", "PM", "ADMIN")
#: Country-code domains of the parties' states: an outlet known only by a web address under one
#: carries that country's side, as the table's private outlets of each country do.
DOMAIN_SIDES = {"am": "am", "az": "az", "ru": "ru", "tr": "tr"}
#: The parties of the war, by side: an outlet of one party does not retell the other's account
#: as its own (Karabakh's authorities and Armenia's are one party here).
PARTY_OF = {"am": "am", "nk": "am", "az": "az"}
#: Trust in a match, by method; fuzzy matches scale by similarity.
SCORES = {"exact": 1.0, "key": 0.92, "partial": 0.75, "place": 0.5, "side": 0.5,
          "unknown": 0.0}
#: Tokens of people who speak for the place they live in or run.
LOCALS = frozenset({"LOCAL", "GOVERNOR", "WITNESS"})
#: A state's offices in a district ("the Jabrayil district prosecutor's office"): on a given
#: day they speak for the side that held the place, else for the state the place belongs to (an
#: office is the state's, wherever the residents had gone).
STATE_OFFICES = frozenset({"PROSECUTOR"})
#: Local offices only one side has (Azerbaijan's district executive authorities, which kept
#: their seats for districts that the other side held): they speak for that side wherever.
OFFICES_OF = {"az": ("icra başçısı", "icra hakimiyyəti", "executive authority",
                     "executive power", "исполнительной власти")}
#: Words that lead from such a person to the place: "residents of Vardenis", "maire de Goris".
_OF = frozenset({"of", "de", "du", "des", "d", "from", "in", "из", "в"})
_AND = frozenset({"and", "et", "и"})
_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l'"})
#: Words that join the names of a local person's places: "villagers of Kut, Sotk and Azat",
#: "residents of Alibayli village of Tovuz", "Gazakh district executive authority", "the mayor
#: of a Gegharkunik community".
_LINKS = frozenset(words(
    "and et и of de du des d in the a an un une из в village villages town city district region "
    "province settlement community села селе село района районе области города région kəndi "
    "rayonu şəhəri regional provincial marz "
    # what the place is to the report: "the head of the border village of Shurnukh", "the mayor
    # of the neighbouring village of Sos", "глава приграничного села", "le maire du village
    # frontalier de Sotk"
    "border frontier neighboring neighbouring nearby local enlarged пограничного приграничного "
    "соседнего frontalier voisin"
))
_AREA_WORDS = frozenset(words(
    "district region province raion rayonu marz regional района области"))


def is_area_word(word: str) -> bool:
    """Whether ``word`` is a word for a district or province ("region", "района", "marz")."""
    return bool(found := words(word)) and found[0] in _AREA_WORDS
#: Similarity (0-100) a misspelt word or a whole key needs to match fuzzily.
FUZZY_RESOLVE = 88.0
#: Same-side claimants sharing a key: the more specific body wins (a ministry over "Armenia").
_KIND_RANK = {"generic": 8, "unspecified": 9}
#: "in Russian", "на русском", "en russe" after an outlet's name: the language of an edition,
#: not a side ("Euronews на русском", "DW in Armenian").
_IN_LANGUAGE = re.compile(
    r"(?<!\w)(?:in|en|на)\s+(?:Russian|Armenian|Azerbaijani|English|French|Turkish|russe|"
    r"arménien|azerbaïdjanais|azéri|anglais|русском|армянском|азербайджанском|английском|"
    r"французском|турецком)(?:\s+(?:языке|language|langue))?(?!\w)", re.I)
_GLOSS = re.compile(r"\([^)]*\)")  # words in parentheses
_WORD = re.compile(r"[^\W_]+")
#: The country an envoy serves in, after the envoy's word and a preposition: "Netherlands
#: Ambassador to Armenia", "посол Франции в Армении", "l'ambassadeur de Russie à Bakou". It is
#: where the envoy speaks, not for whom: the key leaves it out (:func:`_without_host`).
_ACCREDITED = re.compile(
    rf"(?<!\w)((?:{'|'.join(ENVOYS)})\w*\W+(?:[\w'’-]+\s+){{0,3}}?)"
    r"(?:to|in|at|en|à|au|aux|auprès\s+de|в|во)\s+(?:the\s+|l['’]|la\s+|le\s+)?"
    r"((?:[\w'’-]+(?:\s+|$)){1,4})", re.I)


#: Where the country a body serves in or belongs to may begin, at the end of its name: after a
#: preposition ("Russian border guards in Armenia", "les soldats turcs en Azerbaïdjan",
#: "российские пограничники в Армении", "the Azerbaijani community of Nagorno-Karabakh"), or
#: right after an envoy's word as sheets write it ("US Embassy Baku").
_HOST_AT = re.compile(
    rf"(?:\s(?:in|to|at|of|en|à|au|aux|de|du|в|во)\s+(?:the\s+)?|(?:{'|'.join(ENVOYS)})\w*\s+)"
    r"(?=\S)", re.I)


def _host_of(text: str) -> int | None:
    """Where the host country of a body begins in ``text`` (see :data:`_HOST_AT`): the last
    such place whose words to the end name only countries ("Embassy of the United States in
    Armenia": Armenia), else None."""
    for m in reversed(list(_HOST_AT.finditer(text))):
        found = _tokens(_phrase(text[m.end():]))
        if found and all(t in SIDE_OF for t in found):
            return m.end()
    return None


def _glosses(text: str) -> list[str]:
    """The words inside each pair of parentheses of ``text``."""
    return [gloss[1:-1] for gloss in _GLOSS.findall(text)]
_HOST = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#]|$)", re.I)


@dataclass(frozen=True, slots=True)
class ClaimantMatch:
    """What a claimant text resolves to. ``claimant`` is the canonical id, or the text as
    written when ``known`` is False; ``side`` may be known even then (method ``side``)."""

    text: str
    claimant: str
    name: str
    side: str
    method: str
    score: float
    known: bool


_PLURAL = re.compile(r"(?<=[a-zà-ÿ]{4})s\b", re.IGNORECASE)


def _phrase(text: str) -> tuple[str, ...]:
    """Folded words, singular ("residents" = "resident": a Latin word's final s dropped), with
    the two English spellings of defence made one."""
    # word by word: nothing below reads across a space, and phrases share most of their words
    return tuple(w for part in text.split(" ") for w in _part_phrase(part))


#: Abbreviations that folding would make another word: ՀՀ (the Republic of Armenia) folds to
#: "h", the key of "X" (the platform), "H" and "Kh" as well.
_WRITTEN_OUT = {"ՀՀ": "Հայաստանի Հանրապետություն"}


@lru_cache(maxsize=65536)
def _part_phrase(part: str) -> tuple[str, ...]:
    """:func:`_phrase` of text without a space."""
    if part in _WRITTEN_OUT:
        return _phrase(_WRITTEN_OUT[part])
    return tuple("defence" if w == "defense" else w for w in words(_PLURAL.sub("", part)))


_TOKENS = sorted(
    ((_phrase(p), token) for token, phrases in VOCABULARY.items() for p in phrases),
    key=lambda pt: -len(pt[0]),
)
_IGNORED = frozenset(_phrase(p) for p in IGNORED)
_REGION_WORDS = frozenset(w for p in REGION_WORDS for w in _phrase(p))
_MEDIA = frozenset(_phrase(p) for p in MEDIA_ROLES)
# a place's own authorities ("Goris authorities"): found by key before this when a country
# names them ("Armenian authorities")
_LOCAL_GOVERNMENT = frozenset(_phrase(p) for p in lang_words("LOCAL_GOVERNMENT"))
_OFFICE_SIDE = {_phrase(p): side for side, phrases in OFFICES_OF.items() for p in phrases}
# the words only state offices' phrases have ("prosecutor", "прокуратура"): a phrase without
# one names no office
_OFFICE_WORDS = (frozenset(w for p, t in _TOKENS if t in STATE_OFFICES for w in p)
                 - frozenset(w for p, t in _TOKENS if t not in STATE_OFFICES for w in p))
_SERVICES = frozenset(w for p in LANGUAGE_SERVICES for w in _phrase(p))
_LONGEST = max(len(p) for p, _ in _TOKENS)
_PHRASE_TOKEN = {p: t for p, t in reversed(_TOKENS)}
_SCATTERED = [(frozenset(_phrase(p)), t) for t, phrases in SCATTERED.items() for p in phrases]
_VOCABULARY_WORDS = frozenset(w for p, _ in _TOKENS for w in p if len(w) >= 5)
# What :func:`_tokens` reads each phrase as (a media role or an ignored phrase rather than a
# token, as it always has), and the lengths of such phrases that start with a word, longest
# first: one look-up a length tried, and none for a word that starts no phrase.
_CHUNKS: dict[tuple[str, ...], tuple[str, str]] = {
    **{p: ("token", t) for p, t in _PHRASE_TOKEN.items()},
    **{p: ("media", "") for p in _MEDIA},
    **{p: ("ignored", "") for p in _IGNORED - _MEDIA},
}
_SIZES_FROM: dict[str, tuple[int, ...]] = {
    w: tuple(sorted({len(p) for p in _CHUNKS if p and p[0] == w and len(p) <= _LONGEST},
                    reverse=True))
    for w in {p[0] for p in _CHUNKS if p}
}


@lru_cache(maxsize=8192)
def names_a_country(text: str) -> bool:
    """True when a text names a country or side and nothing else ("Армения", "Azerbaïdjan");
    not a region of it, though a claimant's key leaves the word out ("регионе Нагорного
    Карабаха" is a place)."""
    found = claimant_key(text)
    return (len(found) == 1 and found[0] in SIDE_OF
            and not _REGION_WORDS.intersection(_phrase(clean_query(text))))


def claimant_key(text: str) -> tuple[str, ...]:
    """The claimant key of a text: sorted tokens and folded words.

    >>> claimant_key("Armenia MoD") == claimant_key("Ministry of Defence of Armenia")
    True
    >>> claimant_key("Минобороны Армении") == claimant_key("ministère arménien de la Défense")
    True
    """
    return _tokens(_phrase(_without_host(clean_query(text))))


def _without_host(text: str) -> str:
    """``text`` without the country or city an envoy serves in: the words after "to", "в",
    "à" that name only countries ("to the Republic of Armenia", "to Nagorno Karabakh"), else
    the one word after it ("in Yerevan")."""
    def keep(m: re.Match[str]) -> str:
        words = m[2].split()
        for size in range(len(words), 1, -1):
            found = _tokens(_phrase(" ".join(words[:size])))
            if found and all(t in SIDE_OF for t in found):
                return f"{m[1]}{' '.join(words[size:])} "
        return f"{m[1]}{' '.join(words[1:])} "
    return _ACCREDITED.sub(keep, text).strip()


def _key_text(text: str) -> str:
    """The words of a cleaned text that a lookup keys: :func:`claimant_key`'s, less the language
    of an outlet's edition ("Euronews на русском")."""
    return _without_host(_IN_LANGUAGE.sub(" ", text))


#: The folded words of Armenia named as a country, not as its people's adjective: "Armenia",
#: "Arménie", "Армении", "Hayastan", "Ermənistan" (their keys as _phrase gives them)
_ARMENIA_ITSELF = frozenset(
    w for name in ("Armenia", "Arménie", "Армения", "Армении", "Hayastan", "Հայաստան",
                   "Ermənistan", "Ermənistanın")
    for w in _phrase(name))


@lru_cache(maxsize=16384)
def _tokens(folded: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    media = False
    i, n = 0, len(folded)
    while i < n:
        for size in _SIZES_FROM.get(folded[i], ()):
            found = _CHUNKS.get(folded[i : i + size]) if i + size <= n else None
            if found is None:
                continue
            kind, token = found
            i += size
            if kind != "token":
                media = media or kind == "media"
            elif token in SIDE_OF and i < n and folded[i] in _SERVICES:
                i += 1  # a language edition ("Russian Service"), not a side
            else:
                out.append(token)
            break
        else:
            out.append(folded[i])
            i += 1
    if media and all(w.isupper() for w in out):
        out.append("SRC")  # "Azerbaijani news agency": no outlet named, a side's media
    have = set(out)
    if "NK" in have and not _ARMENIA_ITSELF.intersection(folded):
        # "les autorités arméniennes du Nagorny Karabakh": Karabakh's Armenians; not Armenia
        # named as a country ("Armenia's ombudsman on Nagorno-Karabakh")
        have.discard("AM")
    for needed, token in _SCATTERED:
        if needed <= have:
            have = (have - needed) | {token}
    return tuple(sorted(have))


#: A person's name as reports write it: two or three capitalised words, the last a surname
#: ("Karen Sarkisyan", "Кирилл Куликов"), or a surname alone, in any case ("Tatayan",
#: "TATAYAN"; with an ending only surnames have, not "Armenian"). Another spelling near a known
#: person's is more often another person than a misspelling: such names match exactly or by
#: key only.
_PERSON_NAME = re.compile(
    rf"^(?:(?:[A-ZÀ-ÞА-ЯЁƏ][\w'’-]+\s+){{1,2}}[A-ZÀ-ÞА-ЯЁƏ][\w'’-]*"
    rf"(?:{alternation('SURNAME_ENDINGS')}|{alternation('PERSON_ENDINGS')})"
    rf"|(?i:[^\W\d_][\w'’-]*(?:{alternation('SURNAME_ENDINGS')})))"
    rf"(?:{alternation('SURNAME_CASES')})?$")


def _person(text: str, tokens: tuple[str, ...]) -> bool:
    """True when ``text`` is a person's name and no more (its key has no vocabulary word)."""
    return all(t.islower() for t in tokens) and _PERSON_NAME.match(text.strip()) is not None


def _countries(tokens: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for t in tokens if t in SIDE_OF or t == "EU")


#: A third state's token written as its name, for a name misspelt so that it names no country
#: ("Franse 24" is "France 24", "Voice of Amerika" "Voice of America").
_STATE_NAMES = {t: next(_phrase(p)[0] for p in VOCABULARY[t] if p.isalpha() and len(p) > 3)
                for t in THIRD_STATES}


def _spelt(key_: tuple[str, ...]) -> str:
    """A key as one string, a third state by its name (:data:`_STATE_NAMES`)."""
    return " ".join(sorted(_STATE_NAMES.get(t, t) for t in key_))


def _exact_form(text: str) -> str:
    """Case-, accent- and article-insensitive form of an alias as written."""
    return _exact_form_clean(clean_query(text))


def _exact_form_clean(text: str) -> str:
    """:func:`_exact_form` of text that :func:`clean_query` has cleaned already."""
    # word by word: nothing below reads across a space, and texts share most of their words
    parts = [w for part in text.split(" ") for w in _exact_words(part)]
    while parts and parts[0] in ("the", "le", "la", "les", "l'"):
        parts.pop(0)
    return " ".join(parts)


@lru_cache(maxsize=65536)
def _exact_words(part: str) -> tuple[str, ...]:
    """The words of :func:`_exact_form` of text without a space."""
    part = part.casefold()
    if not part.isascii():  # (ASCII has nothing to decompose)
        part = part.replace("ə", "e")  # Azerbaijani's schwa, as Latin keyboards write it
        part = unicodedata.normalize("NFKD", part)
        part = "".join(c for c in part if not unicodedata.combining(c))
    return tuple(part.replace("’", "'").replace("defence", "defense").split())


#: A country's abbreviation written together with a body's ("AzMoD", "ArmMFA", "RuMoI"): the
#: abbreviations of :data:`COUNTRY_ABBREVIATIONS` before those of :data:`VOCABULARY`.
_GLUED = re.compile("^({})(?={})".format(
    "|".join(sorted((a.capitalize() for a in COUNTRY_ABBREVIATIONS if a.isalpha()), key=len,
                    reverse=True)),
    "|".join(dict.fromkeys(form for body in ("MOD", "MFA", "MOI") for w in VOCABULARY[body]
                           if w.isascii() and w.isalpha() and len(w) == 3
                           for form in (w, w.upper())))))


def _countries_written_out(text: str) -> str:
    """``text`` with a country abbreviated in capitals or with a full stop written out
    (:data:`COUNTRY_ABBREVIATIONS`); each side of a hyphen is a word ("MoD-AZ")."""
    out = []
    for word in re.split(r"(\s+|-)", text):  # the words, and what joins them kept as written
        core = word.strip("()[],;:")  # "Ministry of Defence (AZ)"
        low = core.casefold()
        # in capitals, with its full stop, or capitalised ("Az MoD") but never a word ("Us")
        abbreviated = (core.isupper() or low.endswith(".")
                       or (core.istitle() and low not in _WORDS))
        full = COUNTRY_ABBREVIATIONS.get(low) if abbreviated else None
        if full is None and (glued := _GLUED.match(core)):  # "AzMoD", "ArmMFA"
            core, full = glued[1], f"{COUNTRY_ABBREVIATIONS[glued[1].casefold()]} "
        out.append(word.replace(core, full, 1) if full else word)
    return "".join(out)


class ClaimantIndex:
    """Resolve how a text names an asserting party to a canonical claimant and its side.

    Build once per gazetteer; :meth:`match` (or :func:`resolve_claimant`) per text.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.claimants = gazetteer.claimants
        self._by_alias: dict[str, str] = {}
        by_key: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for cid in self.claimants:  # an id ("am-ombudsman") is matched as written only
            self._by_alias.setdefault(_exact_form(cid), cid)
        names = [(cid, c.name) for cid, c in self.claimants.items()]
        names += [(cid, alias) for cid, alias, _lang in gazetteer.aliases]
        spelt: set[tuple[str, ...]] = set()  # keys of names, not only of web addresses
        for cid, alias in names:
            self._by_alias.setdefault(_exact_form(alias), cid)
            k = claimant_key(_GLOSS.sub(" ", alias))
            if k and not GENERIC.issuperset(k):  # "Müdafiə Nazirliyi" is not every MoD
                by_key[k].add(cid)
                # (an abbreviation's letters, "OCHA", "ՀՀ ԱԱԾ", are no spelling to correct:
                # "gotcha" is no OCHA)
                if not _hosts(alias) and not _abbreviation(k):
                    spelt.add(k)
        self._by_key = {k: self._pick(ids) for k, ids in by_key.items()}
        for country in THIRD_STATES:  # its government's row ("Government of the Netherlands")
            government = self._by_key.get(tuple(sorted((country, "GOV"))))
            if government is not None:
                self._by_key.setdefault((country,), government)
                for voice in STATE_VOICES:
                    self._by_key.setdefault(tuple(sorted((country, voice))), government)
        # Keys of two tokens or more by their first (sorted) token, with their place in
        # _by_key: a key inside a text's key has its first token there.
        self._by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for i, k in enumerate(self._by_key):
            if len(k) >= 2:
                self._by_first[k[0]].append((i, k))
        # The keys a misspelt name is compared with: a web address's ("prosecutor.am") is no
        # spelling of a name ("на Генпрокуратуру" is not "prosecutor am" misspelt)
        self._joined = {" ".join(k): k for k in self._by_key if k in spelt}
        # ... and those named for a state that is no party, with the state's name spelt out
        self._states_spelt = {_spelt(k): k for k in self._joined.values()
                              if THIRD_STATES.issuperset(_countries(k) or {""})}
        self._alias_words = frozenset(
            w for k in self._by_key for w in k if len(w) >= 5 and not w.isupper()
        ) | _VOCABULARY_WORDS
        self._cache: dict[str, ClaimantMatch] = {}
        self._joined_choices = _Choices(self._joined)
        # The same keys by their countries: only a key of the text's countries can be taken,
        # so where none of them is similar enough (most texts read around claimant words),
        # the ranking of all keys is not made.
        by_countries: dict[frozenset[str], list[str]] = defaultdict(list)
        for joined, k in self._joined.items():
            by_countries[_countries(k)].append(joined)
        self._joined_by_countries = {c: _Choices(j) for c, j in by_countries.items()}
        self._states_spelt_choices = _Choices(self._states_spelt)
        self._alias_word_choices = _Choices(sorted(self._alias_words))
        # The phrases read around a claimant word share most of their words, and spans of
        # different words often have the same key: each is compared once.
        self._nearest = lru_cache(maxsize=65536)(self._nearest_uncached)
        self._similar = lru_cache(maxsize=65536)(self._similar_uncached)
        self._gazetteer = gazetteer
        self._stems: dict[str, frozenset[str]] = {}  # see _name_stems

    @cached_property
    def _names_of(self) -> dict[str, list[str]]:
        """Claimant id -> its name and aliases; made at the first text that needs them."""
        names: dict[str, list[str]] = defaultdict(list)
        for cid, c in self.claimants.items():
            names[cid].append(c.name)
        for cid, alias, _ in self._gazetteer.aliases:
            names[cid].append(alias)
        return names

    def _lettered(self, text: str, claimant_id: str, key_: tuple[str, ...]) -> bool:
        """Whether the words of ``text`` that the key respells (an abbreviation's doubled
        letters folded) are written so in one of the claimant's names, in any script: "TASS"
        and "ООН" are, "UNN" is not the UN's "UN", nor "CCBS" CBS's."""
        written = {w for name in self._names_of[claimant_id] for w in _WORD.findall(translit(name))}
        return all(w in written for w in _WORD.findall(translit(text))
                   if (k := words(w, False)) and k[0] in key_ and k[0] != w)

    def _name_stems(self, claimant_id: str) -> frozenset[str]:
        """The folded stems (:data:`STEM` letters) of the words of a claimant's name and
        aliases, made for each claimant the first time it is asked about: keying every alias
        of the table at once cost a fifth of a second, for the one or two offices a report
        names."""
        stems = self._stems.get(claimant_id)
        if stems is None:
            stems = self._stems[claimant_id] = frozenset(
                w[:STEM] for name in self._names_of.get(claimant_id, ()) for w in words(name))
        return stems

    def named_with(self, claimant_id: str, word: str) -> bool:
        """Whether a claimant's name or one of its aliases holds ``word`` (folded, compared by
        its first :data:`STEM` letters: Russian case endings aside): "губернатора" is a word of
        a governor's office, "mayor" is none."""
        return any(w[:STEM] in self._name_stems(claimant_id) for w in words(word))

    @cached_property
    def _places_of(self) -> dict[str, frozenset[str]]:
        """Place name key -> the ids of the places of that name; made at the first text that
        needs it (most texts name a claimant)."""
        places_of_key: dict[str, set[str]] = defaultdict(set)
        for name in self._gazetteer.names:
            places_of_key[key(name.name)].add(name.place_id)
        return {k: frozenset(v) for k, v in places_of_key.items()}

    @lru_cache(maxsize=4096)  # noqa: B019 - one index per gazetteer, kept for its life
    def _sides_of(self, name: str, on: str | None) -> frozenset[str | None]:
        """The sides that held the places called ``name`` throughout 2020-2023, or on the day
        ``on`` (None: changed hands, or not recorded)."""
        return frozenset(self._gazetteer.held_by(p, on) for p in self._places_of.get(name, ()))

    def _held(self, name: str, on: str | None) -> str | None:
        """The side that held all the places called ``name`` (not a homonym across sides)."""
        sides = self._sides_of(name, on)
        return next(iter(sides)) if len(sides) == 1 and None not in sides else None

    @property
    def aliases(self) -> dict[str, str]:
        """Folded alias -> claimant id."""
        return self._by_alias

    def _pick(self, ids: set[str]) -> str | None:
        """The claimant a key names: one, or the most specific of one side; None across sides."""
        if len({self.claimants[c].side for c in ids}) > 1:
            return None
        return min(ids, key=lambda c: (_KIND_RANK.get(self.claimants[c].kind, 0), c))

    def match(self, text: str, on: str | None = None) -> ClaimantMatch:
        """The claimant ``text`` names, with the method and score (see the module docstring).
        With ``on``, the report's date (ISO), a local person of a place that changed hands
        speaks for the side that held it that day (``held.csv`` rows with dates)."""
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) > 65536:
                self._cache.clear()
            found = self._cache[text] = self._match(text)
        if on and found.side == "unknown":  # unknown, or an eyewitness named with a place
            # the name, else its gloss: "Misha Gyurjyan (mayor of Martakert)"
            for part in (_GLOSS.sub(" ", found.text),
                         *_glosses(found.text)):
                side = self._local(part, on)
                if side is not None:
                    return ClaimantMatch(found.text, found.text, found.text, side, "place",
                                         SCORES["place"], False)
        return found

    def match_trusted(self, text: str, methods: tuple[str, ...] = ("exact", "key", "fuzzy")
                      ) -> str | None:
        """The claimant :meth:`match` finds for ``text`` by one of ``methods`` (of exact, key
        and fuzzy), else None; without the partial and side steps after them, which cost most
        where a text names no claimant."""
        m = self._cache.get(text) or self._match(text, trusted_only=True)
        return m.claimant if m.known and m.method in methods else None

    def resolve(self, text: str, on: str | None = None) -> tuple[str, str, str, bool]:
        """(claimant id or the text as written, display name, side, known); ``on`` as for
        :meth:`match`."""
        m = self.match(text, on)
        return m.claimant, m.name, m.side, m.known

    def _known(self, text: str, cid: str, method: str, score: float) -> ClaimantMatch:
        c = self.claimants[cid]
        side = c.side
        if side == "unknown" and c.kind == "witness":
            # "Armenian villagers", "local officials (Nagorno-Karabakh)": the side they are given
            sides = {SIDE_OF[t] for t in _tokens(_phrase(text)) if t in SIDE_OF}
            sides |= self._gloss_side(text)
            side = sides.pop() if len(sides) == 1 else side
        return ClaimantMatch(text, c.id, c.name, side, method, round(score, 4), True)

    def _gloss_side(self, text: str) -> set[str]:
        """The side the words in parentheses give ("... (Nagorno-Karabakh)"), or the side that
        held throughout the place they name ("local residents (Tegh)"), if any."""
        inner = " ".join(_glosses(text))
        if not inner.strip():
            return set()
        side = self.match(inner).side
        if side == "unknown":
            side = self._local(f"residents of {inner}") or side
        return {side} - {"unknown"}

    def _match(self, raw: str, *, trusted_only: bool = False) -> ClaimantMatch:
        text = clean_query(raw)
        if not text:
            return ClaimantMatch(text, "", "", "unknown", "unknown", 0.0, False)
        # "Ministry of Defence of Azerbaijan (mod.gov.az)"
        bare = _GLOSS.sub(" ", text) if "(" in text else text
        named = _hosts(bare)
        bare = named[0] if named else bare  # a web address: only its host names the claimant
        # "Zerkalo (zerkalo.az)": the address in brackets names it too
        glossed = [h for inner in _glosses(text) for h in _hosts(inner)]
        hosts = named + glossed
        forms = (text,) if bare == text else (text, clean_query(bare))
        for form in (*forms, *glossed):
            cid = self._by_alias.get(_exact_form_clean(form))
            if cid is not None:
                return self._known(text, cid, "exact", SCORES["exact"])
        phrase = _phrase(_key_text(text if bare == text else clean_query(bare)))
        tokens = _tokens(phrase)  # claimant_key(bare), less an edition's language
        cid = self._by_key.get(tokens)
        if cid is not None and (not _abbreviation(tokens) or self._lettered(bare, cid, tokens)):
            return self._known(text, cid, "key", SCORES["key"])
        country = [inner for inner in _glosses(text)
                   if (t := _tokens(_phrase(inner))) and all(x in SIDE_OF for x in t)]
        if len(country) == 1 and not named:
            # "MoD (Armenia)", "Ministry of Defence (AZ)": the country in brackets is the body's
            cid = self._by_key.get(_tokens(_phrase(f"{clean_query(bare)} {country[0]}")))
            if cid is not None:
                return self._known(text, cid, "key", SCORES["key"])
        person = _person(bare, tokens)  # "Karen Sarkisyan" is not Armen Sarkissian: no fuzzy
        fixed, similarity = (tokens, 100.0) if person else self._spell(tokens, phrase)
        if named and named[0].count(".") >= 2:
            # a state's word in a subdomain is its edition's language ("francais.news-pravda
            # .com"); in the name registered, the outlet's ("en.iran-daily.com")
            registered = _tokens(_phrase(".".join(named[0].split(".")[-2:])))
            fixed = tuple(t for t in fixed if t not in THIRD_STATES or t in registered)
        cid = self._by_key.get(fixed) if fixed != tokens else None
        if cid is not None:
            return self._known(text, cid, "fuzzy", 0.85 * similarity / 100)
        best = None if person else self._similar(fixed)
        if best is not None:
            cid, similarity = best
            return self._known(text, cid, "fuzzy", 0.85 * similarity / 100)
        if trusted_only:
            return ClaimantMatch(text, text, text, "unknown", "unknown", SCORES["unknown"], False)
        # "ARM MoD", "Azerb. MoD": the country written out, the text as written; where that
        # gives only a side, a claimant named inside the text comes first ("US State Department
        # reported", "RT UK")
        full = _countries_written_out(text)
        written = _as_written(self._match(full), text) if full != text else None
        if written is not None and written.known:
            return written
        cid = self._partial(fixed) or self._edition(fixed, bare)
        if cid is not None and (written is None or written.side == self.claimants[cid].side
                                or self.claimants[cid].kind == "media"):
            # (a body of another side than the country written out says is not the one
            # named: "UK Embassy Yerevan" is no embassy of Armenia; an outlet's edition is)
            return self._known(text, cid, "partial", SCORES["partial"])
        if written is not None:
            return written
        side = self._local(bare)
        if side is not None:
            return ClaimantMatch(text, text, text, side, "place", SCORES["place"], False)
        witnesses = self._by_key.get(("WITNESS",))
        if witnesses and self._named_witness(bare):
            return self._known(text, witnesses, "partial", SCORES["partial"])
        countries = _countries(fixed)
        if (len(countries) > 1 and (host := _host_of(bare)) is not None
                and (m := _as_written(self._match(bare[:host]), text)) is not None):
            return m  # "Russian border guards in Armenia", "US Embassy Baku": where it serves
        sides = {SIDE_OF[t] for t in countries - THIRD_STATES} or {SIDE_OF[t] for t in countries}
        if countries and countries <= THIRD_STATES and "SRC" in fixed:
            sides = {"neutral"}  # "French media": the press of a state that is no party
        domain = hosts[0].rsplit(".", 1)[-1] if hosts else ""
        if not sides and domain in DOMAIN_SIDES:
            sides = {DOMAIN_SIDES[domain]}  # "sia.az": an outlet of Azerbaijan
        if not sides:  # "Alen Simonyan (Armenian National Assembly speaker)": the gloss's side
            sides = self._gloss_side(text)
        if len(sides) == 1:
            return ClaimantMatch(text, text, text, sides.pop(), "side", SCORES["side"], False)
        return ClaimantMatch(text, text, text, "unknown", "unknown", SCORES["unknown"], False)

    @staticmethod
    def _named_witness(text: str) -> bool:
        """True for a resident named in person: a witness's role, then only capitalised words
        ("local farmer Artyom Jivanian", "a local resident Goar"; not "Syunik Example Local")."""
        parts = clean_query(text).split()
        while parts and parts[0].casefold() in ("a", "an", "the"):
            parts.pop(0)
        for size in range(min(_LONGEST, len(parts) - 1), 0, -1):
            if _PHRASE_TOKEN.get(_phrase(" ".join(parts[:size]))) == "WITNESS":
                return all(part[:1].isupper() for part in parts[size:])
        return False

    def _edition(self, tokens: tuple[str, ...], text: str) -> str | None:
        """The outlet whose key is ``tokens`` (of ``text``) without their country words, for a
        regional or language edition ("BBC News Russian", "Euronews Armenia", "Azerbaijani
        Trend"): an outlet of no side with any country, else only with its own side's; and an
        international body's office in a country ("UNHCR Azerbaijan", "Yerevan OSCE office";
        not "Russian Red Cross", a country's own society: :data:`NATIONAL_NAMESAKES`)."""
        countries = _countries(tokens)
        cid = self._by_key.get(tuple(t for t in tokens if t not in countries)) if countries \
            else None
        kind = self.claimants[cid].kind if cid is not None else None
        if kind not in ("media", "international"):
            return None
        if cid in NATIONAL_NAMESAKES and _countries(_tokens(_phrase(
                next((w for w in text.split() if w.casefold() not in _ARTICLES), "")))):
            return None  # "Russian Red Cross": the country's own society, not the ICRC
        side = self.claimants[cid].side
        return cid if side in ("neutral", "intl") or {SIDE_OF[c] for c in countries} == {side} \
            else None

    def _local(self, text: str, on: str | None = None) -> str | None:
        """The side of the places whose officials or residents a text names: the names just
        before the role ("Goris deputy mayor", "Vardenis residents") or after it with "of"
        ("villagers of Kut, Sotk and Azat"), directly in Russian ("жители Вардениса"); None
        unless all of them were held by one side throughout (or on the day ``on``)."""
        folded = _phrase(clean_query(text))
        sides: set[str] = set()
        for role, runs in self._roles(text, folded):
            office = _OFFICE_SIDE.get(role)
            if office is not None:
                sides.add(office)
                continue
            # (on a day only: a place that changed hands has no one state throughout)
            state = on is not None and _PHRASE_TOKEN.get(role) in STATE_OFFICES
            for run in runs:
                pending: list[str] = []  # names places of several sides (or none) share
                for name in run:
                    side = self._held(name, on) or (self._state_of(name) if state else None)
                    if side is None:
                        pending.append(name)
                        continue
                    # the area named after them decides for them
                    if any(self._sides_of(n, on) - {side, None} for n in pending):
                        return None
                    sides.add(side)
                    pending = []
                if pending:
                    return None
        return sides.pop() if len(sides) == 1 else None

    def names_office(self, text: str) -> bool:
        """True when a text names a state's office by its district ("the Jabrayil district
        prosecutor's office"), whose side :meth:`match` gives on a day."""
        folded = _phrase(clean_query(text))
        if _OFFICE_WORDS.isdisjoint(folded):
            return False  # most phrases read around role words name no office: no more work
        return any(_PHRASE_TOKEN.get(role) in STATE_OFFICES and any(runs)
                   for role, runs in self._roles(text, folded))

    def _roles(self, text: str, folded: tuple[str, ...]
               ) -> list[tuple[tuple[str, ...], list[list[str]]]]:
        """Each role phrase of a local official, resident or office in ``folded`` (the folded
        words of ``text``), with the runs of place names before it and after it."""
        names = words(clean_query(text))  # the same words, a final s kept ("Goris")
        out = []
        i = 0
        while i < len(folded):
            for size in range(min(_LONGEST, len(folded) - i), 0, -1):
                chunk = folded[i : i + size]
                if (_PHRASE_TOKEN.get(chunk) in LOCALS | STATE_OFFICES
                        or chunk in _LOCAL_GOVERNMENT):
                    # a name an area word follows is the area's ("Lachin region prosecutor's
                    # office", "the Martuni region administration": the district's or
                    # province's, not the town's)
                    runs = [self._place_run(names, i - 1, -1)[::-1]]  # names before it
                    j = i + size
                    if j < len(folded) and (folded[j] in _OF or morph.cyrillic(text)):
                        runs.append(self._place_run(names, j + (folded[j] in _OF), 1))
                    out.append((chunk, runs))
                    i += size - 1
                    break
            i += 1
        return out

    def _state_of(self, name: str) -> str | None:
        """The side of the one state all the places called ``name`` belong to, if one."""
        countries = {self._gazetteer.places[p].country for p in self._places_of.get(name, ())}
        return SIDE_OF.get(countries.pop()) if len(countries) == 1 else None

    def _place_run(self, names: tuple[str, ...], j: int, step: int) -> list[str]:
        """The place names in the run of words from ``j`` on, one way: names and the words
        that join them ("and", "village of", "district"), so that a name places of different
        sides share has the area named after it decide ("residents of Alibayli village of
        Tovuz"); a name an area word follows is the area's."""
        run = []
        while 0 <= j < len(names):
            # a name of two or three words first ("Hin Shen", "Karmir Shuka"): a place name's
            # key is its words run together
            for size in (3, 2):
                span = names[j : j + size] if step > 0 else names[max(j - size + 1, 0) : j + 1]
                joined = "".join(span)
                if len(span) == size and not _LINKS.intersection(span) \
                        and joined in self._places_of:
                    run.append(joined)
                    j += step * size
                    break
            else:
                if names[j] not in _LINKS and names[j] not in self._places_of:
                    if (area := self._adjective_area(names, j)) is None:
                        break
                    run.append(area)
                elif names[j] not in _LINKS:
                    run.append(self._area_named(names[j], names[j + 1 : j + 2]))
                j += step
        return run

    def _area_named(self, name: str, after: tuple[str, ...]) -> str:
        """``name``, or the district's or province's of that name when an area word follows it
        (``after``: the word after it, if any; "Lachin region": the district, not the town)."""
        if after and after[0] in _AREA_WORDS:
            # its own area word, as the tables spell the area ("Гадрутский район"), else theirs
            for area in (after[0], "district", "province"):
                if name + area in self._places_of:
                    return name + area
        return name

    def _adjective_area(self, names: tuple[str, ...], j: int) -> str | None:
        """The area a Russian adjective at ``j`` names before its area word, without the н
        that joins it to a name ending in a vowel ("Мартунинского района": Martuni's;
        "Тавушской области": Tavush's), or None."""
        if j + 1 >= len(names) or names[j + 1] not in _AREA_WORDS:
            return None
        if names[j] + names[j + 1] in self._places_of:  # "Шушинский район" as the tables
            return names[j] + names[j + 1]
        stem = names[j][:-1]
        return self._area_named(stem, names[j + 1 : j + 2]) if (
            names[j].endswith("n") and stem in self._places_of) else None

    def _spell(self, tokens: tuple[str, ...], phrase: tuple[str, ...]
               ) -> tuple[tuple[str, ...], float]:
        """The key (``tokens`` of the folded words ``phrase``) with misspelt words
        ("Azerbajani") corrected to known words, and the lowest similarity of a correction (100
        when none was needed)."""
        folded = list(phrase)
        lowest = 100.0
        changed = False
        for i, w in enumerate(folded):
            if len(w) < 5 or w in self._alias_words or tuple([w]) in _PHRASE_TOKEN:
                continue
            hit = self._nearest(w)
            if hit is None and len(w) >= SWAPPED_LETTERS and len(folded) > 1:
                # two letters swapped ("Armenain MoD", "Minsitry"): one slip, which the ratio
                # counts twice; back to a country's or a body's word, in a name of several
                # words ("calibre" is no misspelt Caliber, "Armenian solely" no Le Soleil)
                swapped = next((s for s in _swaps(w) if s in _VOCABULARY_WORDS), None)
                hit = None if swapped is None else (swapped, fuzz.ratio(w, swapped))
            if hit is not None:
                folded[i], lowest, changed = hit[0], min(lowest, hit[1]), True
        return (_tokens(tuple(folded)), lowest) if changed else (tokens, 100.0)

    def _nearest_uncached(self, word: str) -> tuple[str, float] | None:
        """The alias word most like ``word``, with its similarity, if similar enough."""
        hits = process.extract(word, self._alias_word_choices.within_reach(len(word)),
                               scorer=fuzz.ratio, score_cutoff=FUZZY_RESOLVE, limit=5)
        hit = next((h for h in hits if _respelt(word, h[0])), None)
        return None if hit is None else (hit[0], hit[1])

    def _similar_uncached(self, tokens: tuple[str, ...]) -> tuple[str, float] | None:
        """An alias key similar to the whole key, with the same countries; for a key with no
        country, also one named for a state that is no party spelt out ("Franse 24")."""
        joined = " ".join(tokens)
        if len(joined) < 5:
            return None
        countries = _countries(tokens)
        same = self._joined_by_countries.get(countries)  # only these can be taken below
        if same is not None and process.extractOne(
                joined, same.within_reach(len(joined)), scorer=fuzz.ratio,
                score_cutoff=FUZZY_RESOLVE) is not None:
            found = self._most_similar(joined, self._joined_choices, self._joined,
                                       lambda k: _countries(k) == countries)
            if found is not None:
                return found
        if countries:
            return None
        return self._most_similar(joined, self._states_spelt_choices, self._states_spelt)

    def _most_similar(self, joined: str, choices: _Choices, keys: dict[str, tuple[str, ...]],
                      fits=lambda k: True) -> tuple[str, float] | None:
        """The claimant of the key (``keys``: by the string ``choices`` holds) whose string is
        most similar to ``joined``, respelt, and that ``fits``; with the similarity."""
        hits = process.extract(joined, choices.within_reach(len(joined)), scorer=fuzz.ratio,
                               score_cutoff=FUZZY_RESOLVE, limit=5)
        words = set(joined.split())
        for other, similarity, _ in hits:
            k = keys[other]
            cid = self._by_key[k]
            # a name with a word more or less ("Security Council", "UN Security Council") is
            # another body or a part of one, not another spelling
            if (cid is not None and fits(k) and _respelt(joined, other)
                    and not set(other.split()) < words and not words < set(other.split())):
                return cid, similarity
        return None

    def _partial(self, tokens: tuple[str, ...]) -> str | None:
        """The claimant of the longest alias key (two tokens or more) inside the key."""
        have = set(tokens)
        best: list[tuple[str, ...]] = []
        inside = sorted(ik for t in have for ik in self._by_first.get(t, ()))
        for _, k in inside:  # in _by_key's order
            if len(k) < len(tokens) and have.issuperset(k):
                if not best or len(k) > len(best[0]):
                    best = [k]
                elif len(k) == len(best[0]):
                    best.append(k)
        ids = {self._by_key[k] for k in best}
        if len(ids) != 1 or None in ids:
            return None
        cid = ids.pop()
        # the countries of every key found, which all name this claimant ("Turkish presidential
        # spokesman" and "Ibrahim Kalin" in "Turkish presidential spokesman Ibrahim Kalin")
        extra = _countries(tokens) - frozenset().union(*(_countries(k) for k in best))
        return None if cid is None or extra else cid


def _abbreviation(key_: tuple[str, ...]) -> bool:
    """Whether a key's own words (not its countries' or bodies' tokens) are only an
    abbreviation's few letters ("ocha", "ՀՀ ԱԱԾ" as "aac")."""
    own = [t for t in key_ if t.islower()]
    return bool(own) and all(t.isalpha() and len(t) <= 4 for t in own)


def _swaps(word: str) -> Iterator[str]:
    """``word`` with two neighbouring letters swapped, each pair in turn."""
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _respelt(text: str, alias: str) -> bool:
    """Whether ``text`` may be a misspelling of ``alias``: not a part of it or a name holding it
    whole with more letters around ("observer" is no EUobserver; "Azerbajani" is Azerbaijani)."""
    short, long = sorted((text, alias), key=len)
    return len(long) - len(short) < 2 or short not in long


class _Choices:
    """Strings fuzzy matching compares with, in a fixed order (ties go to the first)."""

    def __init__(self, strings) -> None:
        self.strings = list(strings)
        self._by_length: dict[int, list[str]] = {}

    def within_reach(self, size: int) -> list[str]:
        """The strings that may score :data:`FUZZY_RESOLVE` against one of ``size``
        characters: a ratio is at most 200 * shorter / (both lengths), so leaving the others
        out changes no result."""
        found = self._by_length.get(size)
        if found is None:
            found = self._by_length[size] = [
                s for s in self.strings
                if 200 * min(size, len(s)) / (size + len(s)) >= FUZZY_RESOLVE - 0.5
            ]
        return found


def _as_written(m: ClaimantMatch, text: str) -> ClaimantMatch | None:
    """What the match of a text rewritten (a country written out, a host left out) says of the
    text as written: at most a key's trust, as it is no longer as written; None for nothing."""
    if m.known:
        return replace(m, text=text, method="key" if m.method == "exact" else m.method,
                       score=min(m.score, SCORES["key"]))
    if m.side != "unknown":
        return ClaimantMatch(text, text, text, m.side, m.method, m.score, False)
    return None


def _hosts(text: str) -> list[str]:
    """The host of a web address ("https://www.mil.am/en/1" -> "mil.am"), when text is one."""
    m = _HOST.match(text.strip()) if "." in text and " " not in text.strip() else None
    return [m[1].lower()] if m else []


def resolve_claimant(text: str, index: ClaimantIndex) -> ClaimantMatch:
    """The canonical claimant, side, method and score for how a text names a claimant.

    ``index`` is built once per gazetteer with ``ClaimantIndex(gazetteer)``.
    """
    return index.match(text)
