"""Word lists shared by the taggers: English news, nothing more."""

from __future__ import annotations

from storydiff.core.tagging.lexicon import (
    ARTICLES,
    AUXILIARIES,
    CONJUNCTIONS,
    CURRENCY_BEFORE,
    CURRENCY_CODES,
    CURRENCY_NAMES,
    DEMONSTRATIVES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUALIFIERS,
    UNIT_WORDS,
)

__all__ = ["CURRENCY_CODES", "QUALIFIERS"]

# Words that end a noun phrase read forward from a number ("300,000 troops *in*").
PHRASE_STOP = (
    PREPOSITIONS
    | CONJUNCTIONS
    | PRONOUNS
    | AUXILIARIES
    | frozenset(ARTICLES + DEMONSTRATIVES + POSSESSIVES)
    | frozenset(
        """
        some any more most less least also still ago later earlier now then already just only
        too very not no last next such same other another there here reportedly allegedly
        apparently likely roughly nearly almost approximately
        """.split()
    )
)

IRREGULAR_PLURALS = frozenset(
    """
    people children men women police personnel staff cattle sheep deer fish aircraft
    livestock feet teeth mice geese militia infantry crew clergy faculty youth
    """.split()
)

# Adjectives that stand for people after a number: "more than 1,500 injured".
COUNTED_ADJECTIVES = frozenset(
    "injured wounded dead missing displaced homeless unemployed evacuated hospitalised "
    "hospitalized uninsured".split()
)

# Irregular past tenses that start a clause after "and" ("killed 9 people and shook
# buildings"): the words after them are not a second counted noun.
CLAUSE_VERBS_AFTER_AND = frozenset(
    """
    shook left took sent made saw brought drove hit cut put kept held lost gave built
    struck tore threw broke caught led fled sank spread swept burnt burned destroyed forced
    """.split()
)

# Plural-looking words that are verbs or adverbs, not counted things.
NOT_NOUNS = frozenset(
    """
    says claims remains seems appears was has is does goes makes takes gets plans
    always perhaps nevertheless thus whereas afterwards towards besides sometimes
    includes including this us his its thus as yes
    """.split()
)

TIME_UNITS = {
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days", "night": "nights",
    "nights": "nights", "week": "weeks", "weeks": "weeks", "fortnight": "fortnights",
    "fortnights": "fortnights", "month": "months", "months": "months", "year": "years",
    "years": "years", "decade": "decades", "decades": "decades", "century": "centuries",
    "centuries": "centuries",
}  # fmt: skip

# Measures read as plain numbers with a unit, not as counted things: "40 miles" → "miles".
MEASURES = UNIT_WORDS
CURRENCY_SYMBOLS = CURRENCY_BEFORE
CURRENCY_WORDS = CURRENCY_NAMES

# Said before a number about how exact it is; normalised to lower case.
# Qualifiers that are prepositions: kept as qualifier but not in the figure's span.
OUTSIDE_QUALIFIERS = frozenset({"within"})
QUALIFIER_ALIASES = {"an estimated": "estimated", "approx.": "approximately",
                     "upward of": "upwards of", "an additional": "additional",
                     "another": "additional"}  # fmt: skip

# Words that can stand capitalised before a number without making it a name.
FUNCTION_WORDS = frozenset(
    w.lower()
    for w in """
    the a an in on at by of for from to since until till between after before during
    and or but so some about over under nearly almost around approximately roughly more
    less fewer only just at least up as than some all those these another another's
    its his her their our we they he she it there here when while if of last this next
    early late mid estimated exactly total another both about among with without
    per cent percent year years month day week age aged ages
    """.split()
)
