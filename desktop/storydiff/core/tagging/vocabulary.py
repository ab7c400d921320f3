"""Word lists shared by the taggers: English news, nothing more."""

from __future__ import annotations

# Words that end a noun phrase read forward from a number ("300,000 troops *in*").
PHRASE_STOP = frozenset(
    """
    of in on at to for from by with without into onto over under between among across
    after before during since until against about per via within amid amidst despite
    through throughout toward towards near around behind beyond inside outside than
    the a an this that these those its his her their our my your every each some any
    and or but nor as while because if so yet though although whereas when where
    is are was were be been being has have had do does did will would could should
    may might must can shall who whom whose which what he she it they we you i me him
    them us more most less least also still ago later earlier now then already just only
    too very not no last next such same other another there here who's it's there's
    reportedly allegedly apparently likely roughly nearly almost about approximately
    """.split()
)

IRREGULAR_PLURALS = frozenset(
    """
    people children men women police personnel staff cattle sheep deer fish aircraft
    livestock feet teeth mice geese militia infantry crew clergy faculty youth
    """.split()
)

# Adjectives that stand for people after a number: "more than 3,000 injured".
COUNTED_ADJECTIVES = frozenset(
    "injured wounded dead missing displaced homeless unemployed evacuated hospitalised "
    "hospitalized uninsured".split()
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

# Measures read as plain numbers with a unit, not as counted things.
MEASURES = {
    "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km",
    "kilometre": "km", "miles": "miles", "mile": "miles", "mi": "miles",
    "meters": "m", "metres": "m", "meter": "m", "metre": "m", "cm": "cm", "mm": "mm",
    "feet": "feet", "foot": "feet", "ft": "feet", "inches": "inches", "inch": "inches",
    "kg": "kg", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "grams": "g",
    "lbs": "lb", "lb": "lb", "tonnes": "tonnes", "tons": "tons", "tonne": "tonnes",
    "ton": "tons", "litres": "litres", "liters": "litres", "gallons": "gallons",
    "acres": "acres", "hectares": "hectares", "degrees": "degrees", "mph": "mph",
    "knots": "knots", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "megawatts": "MW",
    "gigawatts": "GW", "points": "points", "magnitude": "magnitude",
    "bps": "basis points", "bp": "basis points", "basis": "basis points",
}  # fmt: skip

CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₺": "TRY", "₪": "ILS",
}  # fmt: skip
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CNY RMB INR RUB UAH CHF CAD AUD NZD HKD SGD KRW TRY ILS".split()
)
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "rupees": "INR", "hryvnias": "UAH", "hryvnia": "UAH",
    "francs": "CHF", "won": "KRW", "lira": "TRY", "shekels": "ILS",
    "riyals": "SAR", "dirhams": "AED", "naira": "NGN", "rand": "ZAR", "pesos": "pesos",
}  # fmt: skip

# Said before a number about how exact it is; normalised to lower case.
QUALIFIERS = (
    "just over",
    "just under",
    "well over",
    "well above",
    "well below",
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "upwards of",
    "in excess of",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "as high as",
    "as low as",
    "at least",
    "at most",
    "up to",
    "no more than",
    "no fewer than",
    "no less than",
    "not more than",
    "close to",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "above",
    "below",
    "exactly",
    "an estimated",
    "estimated",
    "within",
    "circa",
    "approx.",
    "upward of",
    "a little over",
    "a little more than",
    "barely",
    "an additional",
    "another",
    "a further",
    "an extra",
    "an average of",
    "on average",
    "plus or minus",
    "beyond",
    "between",
)
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
