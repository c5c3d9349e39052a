"""How fast find_dates reads news text, as a ratio to ``str.lower`` on the same text.

Run from the repository root::

    PYTHONPATH=. python bench/bench_dates.py      # 10 MB of English, 2 MB of French, Russian
    PYTHONPATH=. python bench/bench_dates.py --mb 50

The corpus is made in code from sentences in the style of conflict reporting (see TEMPLATES).
Times are CPU times of this process, best of ``--repeats``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from mapper.dates import find_dates

PLACES = ["Hadrut", "Khtsaberd", "Shusha", "Stepanakert", "Lachin", "Martakert", "Fuzuli"]
SIDES = [
    "The Azerbaijani defence ministry",
    "Armenian officials",
    "The Russian peacekeeping command",
    "Local residents",
    "A spokesman for the unified infocenter",
    "The state security service",
]
VERBS = ["said", "reported", "claimed", "denied", "confirmed", "stated"]

# Sentences without a date, and the date-like traps among them ("may", "march", "week",
# "night", casualty counts, calibres, times), then sentences with a date. About one sentence in
# ten holds a date, as in wire copy about fighting.
TEMPLATES = {
    "en": [
        "{side} {verb} that {n} soldiers were killed near {place}.",
        "{side} {verb} that the situation in {place} remains tense but under control.",
        "Humanitarian convoys reached {place} and delivered aid to {n} families.",
        "According to {side}, the road between {place} and {place2} is closed.",
        "Residents of {place} spent hours in basements while the shelling continued.",
        "{side} {verb} that the line of contact near {place} had not changed.",
        "Observers said the ceasefire around {place} was largely holding.",
        "{side} {verb} that units may attack positions north-west of {place} again.",
        "Columns of troops march through the valley towards {place}, {side} {verb}.",
        "Shelling from 122 mm artillery continued for {n} hours and hit {n} houses in {place}.",
        "{side} {verb} that a Su-25 was seen over {place} at 12:30 local time.",
        "Negotiations are expected to continue in the coming week, {side} {verb}.",
        "{side} {verb} that the night was calm along the line of contact.",
    ],
    "fr": [
        "{side} a affirmé que {n} soldats ont été tués près de {place}.",
        "Les tirs d'artillerie ont repris au nord-ouest de {place}, selon {side}.",
        "La situation à {place} reste tendue mais sous contrôle.",
        "Il y a sept blessés parmi les civils de {place}, selon {side}.",
    ],
    "ru": [
        "{side} сообщили, что {n} военнослужащих погибли у села {place}.",
        "Обстановка в районе {place} остаётся напряжённой, заявили в ведомстве.",
        "По данным ведомства, обстрел продолжался несколько часов.",
        "В ведомстве сообщили, что в районе {place} было тихо.",
    ],
}
WITH_DATE = {
    "en": [
        "{side} {verb} the attack on {place} on {date}.",
        "The {date} statement was signed by the leaders of three countries.",
    ],
    "fr": ["{side} a annoncé une attaque contre {place} le {date}."],
    "ru": ["{side} сообщили об атаке на {place} {date}."],
}
# Date expressions, filled with a random day, month and year so that they do not repeat much.
DATES = {
    "en": ["{Month} {day}", "{day} {Month} {year}", "{Month} {day}, {year}", "{Mon}. {day}",
           "{Weekday}", "last {Weekday}", "{Weekday} night", "yesterday", "last weekend",
           "{year}-{mm}-{dd}", "{number} days ago", "between {day} and {day2} {Month}"],
    "fr": ["{day} {mois}", "{jour} {day} {mois}", "hier", "du {day} au {day2} {mois}"],
    "ru": ["{day} {месяца}", "вчера", "в ночь на {day} {месяца}", "с {day} по {day2} {месяца}"],
}  # fmt: skip
WORDS = {
    key: words.split()
    for key, words in {
        "Month": "January February March April May June July August September October "
        "November December",
        "Weekday": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "mois": "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre",
        "jour": "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "месяца": "января февраля марта апреля мая июня июля августа сентября октября ноября "
        "декабря",
        "number": "two three four five six seven",
    }.items()
}


def a_date(rng: random.Random, lang: str) -> str:
    month = rng.randrange(12)
    day = rng.randint(1, 27)
    return rng.choice(DATES[lang]).format(
        **{key: rng.choice(words) for key, words in WORDS.items()},
        Mon=WORDS["Month"][month][:3],
        day=day,
        day2=day + 1,
        year=rng.choice([2019, 2020, 2021]),
        mm=f"{month + 1:02}",
        dd=f"{day:02}",
    )


def reports(size: int, lang: str = "en", seed: int = 1) -> list[tuple[str, date]]:
    """About ``size`` characters of news-like reports in ``lang``, each with its publication
    date: some 3 kB each, published over two years."""
    rng = random.Random(seed)
    result: list[tuple[str, date]] = []
    length = 0
    while length < size:
        sentences = []
        for _ in range(rng.randint(10, 40)):
            templates = WITH_DATE[lang] if rng.random() < 0.1 else TEMPLATES[lang]
            sentence = rng.choice(templates).format(
                side=rng.choice(SIDES),
                verb=rng.choice(VERBS),
                n=rng.randint(1, 40),
                place=rng.choice(PLACES),
                place2=rng.choice(PLACES),
                date=a_date(rng, lang),
            )
            sentences.append(sentence + ("\n\n" if rng.random() < 0.2 else " "))
        text = "".join(sentences)
        result.append((text, date(2020, 1, 1) + timedelta(days=rng.randrange(730))))
        length += len(text)
    return result


def best_of(repeats: int, work) -> float:
    """The least CPU time of ``repeats`` runs: the figure for one core, whatever else runs."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="English corpus size in MB")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    find_dates("compile the grammar: 12 December", None)
    for lang, mb in (("en", args.mb), ("fr", args.mb / 5), ("ru", args.mb / 5)):
        corpus = reports(int(mb * 1_000_000), lang)
        megabytes = sum(len(text.encode()) for text, _ in corpus) / 1e6

        def lower(corpus=corpus):
            for text, _ in corpus:
                text.lower()

        def read(corpus=corpus):
            return sum(len(find_dates(text, published)) for text, published in corpus)

        lower_time = best_of(args.repeats, lower)
        read_time = best_of(args.repeats, read)
        print(
            f"{lang}: {megabytes:.1f} MB in {len(corpus)} reports, {read()} dates: "
            f"find_dates {megabytes / read_time:.1f} MB/s, str.lower "
            f"{megabytes / lower_time:.0f} MB/s; find_dates takes {read_time / lower_time:.0f}x "
            "the time of str.lower"
        )


if __name__ == "__main__":
    main()
