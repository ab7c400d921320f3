"""The tagging lexicon: every word list the taggers read, kept as data in one place.

Determiners, prepositions, abbreviations, scale words, months, currencies, units,
cue verbs, titles and organisation words. The taggers build their patterns from these
tables once, at import; a new currency, unit or title is one line here, not a regex edit.
English news only.
"""

from __future__ import annotations

from dataclasses import dataclass


def words(spec: str) -> tuple[str, ...]:
    """ "a b c" → ("a", "b", "c"): the tables below are written as plain word lists."""
    return tuple(spec.split())


# --- determiners and function words -------------------------------------------------------

ARTICLES = words("the a an")
POSSESSIVES = words("its his her their our my your")
DEMONSTRATIVES = words("this that these those")
QUANTIFIERS = words("some many several most other both all few numerous various such every each")
# Every determiner: what a noun phrase may start with.
DETERMINERS = frozenset(ARTICLES + POSSESSIVES + DEMONSTRATIVES + QUANTIFIERS)
# Determiners that stand before a group and are dropped from its name: "Some experts" → "experts".
GROUP_DETERMINERS = frozenset(
    ARTICLES + QUANTIFIERS + words("these those others multiple certain one two three four five")
) - {"every", "each"}
# Before an ordinal that counts ("the third", "its second"), not "first reported".
ORDINAL_DETERMINERS = frozenset(ARTICLES + POSSESSIVES + words("this that every each"))
PREPOSITIONS = frozenset(
    words(
        """
        of in on at to for from by with without into onto over under between among across
        after before during since until against about per via within amid amidst despite
        through throughout toward towards near around behind beyond inside outside than
        """
    )
)
CONJUNCTIONS = frozenset(
    words("and or but nor as while because if so yet though although whereas when where")
)
PRONOUNS = frozenset(
    words("who whom whose which what he she it they we you i me him them us who's it's there's")
)
AUXILIARIES = frozenset(
    words("is are was were be been being has have had do does did will would could should may")
    + words("might must can shall")
)

# Abbreviations whose full stop does not end a sentence or a name: "U.S. Gen. Mark Milley".
NAME_ABBREVIATIONS = words("Gen Dr Sen Rep Gov Col Lt Mr Mrs Ms Prof St Adm")
TITLE_ABBREVIATIONS = words(
    "Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Maj Capt Prof St Jr Sr Rev Adm Sgt"
)

# --- numbers --------------------------------------------------------------------------------

# Scale words, written out: "4 hundred", "1.5 million", "3 lakh" (100,000), "2 crore" (10 million).
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,  # "Rs. 512.40 millions", as company filings write it
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Scales abbreviated after digits: "300k", "$5.2bn", "€30m", "1.2tn", "8 B people".
# Lower case; the upper-case "K", "M", "B", "BN" read the same.
SCALE_ABBREVIATIONS = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "bil": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    "cr": 10_000_000,
}
# Vague amounts: "dozens of people", "hundreds of homes". The range is what the words can
# mean at most: "dozens" is 24 (two dozen) up to 144 (a dozen dozen), "hundreds" 200 to 999.
VAGUE_AMOUNTS = {
    "dozens": (24, 144),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 999_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 999_999_999_999),
}
# Fractions in words, exact: "a third" is 1/3, "three quarters" 3/4.
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# --- currencies -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Currency:
    """A currency and the ways news writes it: symbols and codes before the number
    ("$", "A$", "$US", "RM", "Rs"), and names after it ("dollars", "pounds")."""

    code: str
    before: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


CURRENCIES = (
    Currency("USD", ("$", "US$", "U.S.$", "$US", "USD", "US $"), ("dollars", "dollar",
             "US dollars", "U.S. dollars", "American dollars")),
    Currency("AUD", ("A$", "AU$", "$A", "AUD"), ("Australian dollars",)),
    Currency("CAD", ("C$", "CA$", "Can$", "CAD"), ("Canadian dollars",)),
    Currency("NZD", ("NZ$", "NZD"), ("New Zealand dollars",)),
    Currency("HKD", ("HK$", "HKD"), ("Hong Kong dollars",)),
    Currency("SGD", ("S$", "SGD"), ("Singapore dollars",)),
    Currency("TWD", ("NT$", "TWD"), ("Taiwan dollars", "New Taiwan dollars")),
    Currency("MXN", ("MX$", "MXN"), ("Mexican pesos",)),
    Currency("BRL", ("R$", "BRL"), ("reais", "real")),
    Currency("EUR", ("€", "EUR"), ("euros", "euro")),
    Currency("GBP", ("£", "GBP"), ("pounds sterling", "sterling", "pounds", "pound")),
    Currency("JPY", ("¥", "JPY"), ("yen",)),
    Currency("CNY", ("CNY", "RMB"), ("yuan", "renminbi")),
    Currency("INR", ("₹", "Rs.", "Rs", "INR"), ("rupees", "rupee")),
    Currency("PKR", ("PKR",), ("Pakistani rupees",)),
    Currency("MYR", ("RM", "MYR"), ("ringgit",)),
    Currency("RUB", ("₽", "RUB"), ("rubles", "roubles", "ruble", "rouble")),
    Currency("UAH", ("₴", "UAH"), ("hryvnias", "hryvnia")),
    Currency("KRW", ("₩", "KRW"), ("won",)),
    Currency("TRY", ("₺", "TRY"), ("lira", "liras")),
    Currency("ILS", ("₪", "ILS"), ("shekels",)),
    Currency("NGN", ("₦", "NGN"), ("naira",)),
    Currency("PHP", ("₱", "PHP"), ("Philippine pesos",)),
    Currency("CHF", ("CHF",), ("Swiss francs", "francs")),
    Currency("SAR", ("SAR",), ("riyals",)),
    Currency("AED", ("AED",), ("dirhams",)),
    Currency("ZAR", ("ZAR",), ("rand",)),
    Currency("KES", ("KES", "KSh", "Ksh", "Sh"), ("shillings", "Kenyan shillings")),
    Currency("JMD", ("J$", "JMD"), ("Jamaican dollars",)),
    Currency("BTC", ("BTC",), ("bitcoin", "bitcoins")),
)  # fmt: skip
CURRENCY_BEFORE = {sign: c.code for c in CURRENCIES for sign in c.before}
# Signs that are a currency only where the sentence names it or its country, or a scale
# follows: "N410 per dollar" is naira in a Nigerian budget, "N655bn" naira anywhere, "N95" a
# mask elsewhere. Sign: (code, words that name it).
CONTEXT_CURRENCY_SIGNS = {"N": ("NGN", ("naira", "Nigeria", "Nigerian", "CBN"))}
CURRENCY_NAMES = {name.lower(): c.code for c in CURRENCIES for name in c.names}
CURRENCY_CODES = frozenset(c.code for c in CURRENCIES) | {"RMB"}
# "pesos" with no country stays "pesos": several currencies share the name.
CURRENCY_NAMES["pesos"] = "pesos"
# Names that are also plain words: money only after a scale ("3.4m pounds") or a money
# context; "won" is a verb, "pounds" a weight, "real" an adjective.
AMBIGUOUS_CURRENCY_NAMES = frozenset({"won", "pounds", "pound", "real", "rand", "scores"})

# --- units ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A unit of measure: the ``unit`` written in a figure, its name and what it measures."""

    unit: str
    name: str
    dimension: str
    spellings: tuple[str, ...] = ()


# unit | its name | what it measures | spellings after a number, comma-separated
_UNIT_TABLE = """
    km | kilometre | length | km, kms, kilometers, kilometres, kilometer, kilometre
    m | metre | length | meters, metres, meter, metre
    cm | centimetre | length | cm, centimeters, centimetres, centimetre
    mm | millimetre | length | mm, millimeters, millimetres, millimetre
    miles | mile | length | miles, mile, mi
    feet | foot | length | feet, foot, ft
    inches | inch | length | inches, inch, in.
    yards | yard | length | yards, yard, yds
    nautical miles | nautical mile | length | nautical miles, nm
    kg | kilogram | mass | kg, kgs, kilograms, kilogram, kilos, kilo, kilogrammes, kilogramme
    g | gram | mass | grams, gram, g
    mg | milligram | mass | mg, milligrams, milligram
    mcg | microgram | mass | mcg, µg, micrograms
    lb | pound | mass | lbs, lb
    oz | ounce | mass | oz, ounces, ounce
    tonnes | tonne | mass | tonnes, tonne, metric tons, t
    tons | ton | mass | tons, ton
    litres | litre | volume | litres, liters, litre, liter, l
    ml | millilitre | volume | ml, millilitres, milliliters
    gallons | gallon | volume | gallons, gallon, gal
    barrels | barrel | volume | barrels, barrel, bbl
    cubic metres | cubic metre | volume | cubic metres, cubic meters, m3, m³
    acres | acre | area | acres, acre
    hectares | hectare | area | hectares, hectare, ha
    m² | square metre | area | m2, m², sq m, sqm, square metres, square meters
    km² | square kilometre | area | km2, km², sq km, square km, square kilometres, square kilometers
    square feet | square foot | area | sq ft, sqft, square feet, ft2, ft²
    square miles | square mile | area | square miles, sq mi
    degrees | degree | angle or temperature | degrees, degree
    mph | mile per hour | speed | mph
    km/h | kilometre per hour | speed | km/h, kph, kmh, kmph
    knots | knot | speed | knots, knot
    m/s | metre per second | speed | m/s
    W | watt | power | watts, watt, W
    hp | horsepower | power | hp, horsepower, bhp
    kW | kilowatt | power | kw, kilowatts
    MW | megawatt | power | mw, megawatts, megawatt
    GW | gigawatt | power | gw, gigawatts, gigawatt
    kWh | kilowatt hour | energy | kwh, kilowatt-hours, kilowatt hours
    MWh | megawatt hour | energy | mwh, megawatt-hours
    GWh | gigawatt hour | energy | gwh, gigawatt-hours
    TWh | terawatt hour | energy | twh, terawatt-hours
    calories | calorie | energy | calories, kcal, cal
    V | volt | voltage | volts, volt, V, kV
    Hz | hertz | frequency | Hz, hz, hertz
    kHz | kilohertz | frequency | kHz, khz, kilohertz
    MHz | megahertz | frequency | MHz, mhz, megahertz
    GHz | gigahertz | frequency | GHz, ghz, gigahertz
    KB | kilobyte | data | KB, kb, kilobytes
    MB | megabyte | data | MB, megabytes
    GB | gigabyte | data | GB, gigabytes
    TB | terabyte | data | TB, terabytes
    Mbps | megabit per second | data rate | Mbps, mbps, Mb/s, megabits
    Gbps | gigabit per second | data rate | Gbps, gbps, Gb/s, gigabits
    kbps | kilobit per second | data rate | kbps, Kbps
    mmHg | millimetre of mercury | pressure | mmHg
    psi | pound per square inch | pressure | psi
    ppm | part per million | concentration | ppm
    dB | decibel | loudness | dB, decibels
    mAh | milliampere hour | charge | mAh
    megapixels | megapixel | image resolution | MP, megapixels, megapixel
    points | point | score | points, pts
    ppg | point per game | score rate | ppg
    rpg | rebound per game | score rate | rpg
    apg | assist per game | score rate | apg
    bpd | barrel per day | flow | bpd, b/d
    magnitude | magnitude | earthquake size | magnitude
    basis points | basis point | rate | bps, bp, basis
    °C | degree Celsius | temperature |
    °F | degree Fahrenheit | temperature |
"""
UNITS = tuple(
    Unit(unit, name, dimension, tuple(s.strip() for s in spellings.split(",") if s.strip()))
    for unit, name, dimension, spellings in (
        (part.strip() for part in line.split("|")) for line in _UNIT_TABLE.strip().splitlines()
    )
)
UNIT_NAMES = {u.unit: u.name for u in UNITS}
UNIT_DIMENSIONS = {u.unit: u.dimension for u in UNITS}
# A unit written as a word after a number: "40 miles", "3 kilometres" (lower case).
UNIT_WORDS = {s.lower(): u.unit for u in UNITS for s in u.spellings
              if " " not in s and s.lower() not in ("g", "t", "l", "w", "v", "in.", "nm", "cal",
                                                     "ha", "gal", "kv", "mp")}  # fmt: skip
UNIT_WORDS["metric"] = "tonnes"  # "metric tons": read before "tons"
# A unit symbol glued to the digits: "512GB", "40Mbps", "250mg", "45m2", "3.5kg", "6ft".
# Case matters in symbols ("mg" milligrams, "MB" megabytes); the key is as written.
GLUED_UNITS = {s: u.unit for u in UNITS for s in u.spellings
               if " " not in s and "." not in s and len(s) <= 5 and s.lower() not in
               ("miles", "mile", "feet", "foot", "inch", "yards", "yard", "tons", "ton", "kilo",
                "acres", "acre", "gram", "volt", "watt", "knot", "knots", "metre", "meter",
                "litre", "liter", "hertz", "basis", "degree", "tonne", "kilos")}  # fmt: skip
GLUED_UNITS["m"] = "m"  # "37m (121ft)-long": read as metres only where the text says so
# Units of two words: "3,500 square km", "30 cubic metres", "5 nautical miles" (lower case).
TWO_WORD_UNITS = {s.lower(): u.unit for u in UNITS for s in u.spellings if s.count(" ") == 1}
# Units a lone "a" counts one of: "within a mile", "a kilogram of" (not "a ton of work",
# "a foot", "a pound", "a second").
UNITS_AFTER_A = frozenset(
    s.lower()
    for u in UNITS
    if u.dimension in ("length", "mass", "volume", "area")
    for s in u.spellings
    if len(s) > 3 and " " not in s and u.unit not in ("feet", "lb", "tons")
)

# What an amount is counted per: "$77 per barrel", "£50k a week", "200 km an hour".
RATE_NOUNS = frozenset(
    """
    hour day week month year night game match share barrel tonne ton ounce gallon litre liter
    kilogram kilo kg pound person head capita unit household second minute mile kilometre
    kilometer km metre meter
    """.split()
)
# An amount counted per a currency: "460 naira per dollar" → NGN per USD.
RATE_CURRENCIES = {"dollar": "USD", "euro": "EUR", "yuan": "CNY", "yen": "JPY", "rupee": "INR"}

# --- temperature scales ----------------------------------------------------------------------

# Words that make "degrees" a temperature rather than an angle ("a 180-degree turn").
TEMPERATURE_WORDS = words(
    """
    temperature temperatures temps thermometer mercury heat heatwave hot hotter hottest cold
    colder coldest warm warmer warmest chill chills freezing freeze frost frigid cool cooler
    highs lows weather forecast humid humidity balmy scorching sweltering warming climate
    """
)
# Places whose news gives temperatures in Fahrenheit: a bare "20 degrees" there is 20 °F.
FAHRENHEIT_PLACES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "Midwest", "Midwestern", "Chicago", "Boston", "Denver", "Dallas",
    "Houston", "Phoenix", "Atlanta", "Detroit", "Minneapolis", "Philadelphia", "Las Vegas",
    "Los Angeles", "U.S.", "US", "United States", "America", "Americans",
    "National Weather Service",
)  # fmt: skip

# --- qualifiers -----------------------------------------------------------------------------

# Said before a number about how exact it is; normalised to lower case.
QUALIFIERS = (
    "just over", "just under", "well over", "well above", "well below", "more than",
    "less than", "fewer than", "greater than", "upwards of", "in excess of", "as many as",
    "as much as", "as few as", "as little as", "as high as", "as low as", "at least",
    "at most", "up to", "no more than", "no fewer than", "no less than", "not more than",
    "close to", "nearly", "almost", "about", "around", "approximately", "roughly", "some",
    "over", "under", "above", "below", "exactly", "an estimated", "estimated", "within",
    "circa", "approx.", "upward of", "a little over", "a little more than", "barely",
    "an additional", "another", "a further", "an extra", "an average of", "on average",
    "plus or minus", "beyond", "between",
)  # fmt: skip

# --- attribution cues -----------------------------------------------------------------------

# Speech and report verbs, each entry its forms joined by "/".
CUES_ALWAYS = """
    said/says/say told/tells stated/states noted/notes claimed/claims/claim
    reported/reports estimated/estimates warned/warns argued/argues insisted/insists
    explained/explains wrote/writes predicted/predicts/predict suggested/suggests/suggest
    hinted/hints confirmed/confirms denied/denies acknowledged/acknowledges
    admitted/admits alleged/alleges asserted/asserts cautioned/cautions
    concluded/concludes contended/contends declared/declares disclosed/discloses
    emphasized/emphasizes/emphasised/emphasises indicated/indicates maintained/maintains
    observed/observes remarked/remarks replied/replies responded/responds
    revealed/reveals stressed/stresses testified/testifies tweeted/tweets
    assessed/assesses accused/accuses projected/projects forecast/forecasts
    cited/cites recalled/recalls
    """
# Verbs that also name plain actions ("announced a mobilization", "added troops").
CUES_NEEDS_CLAUSE = """
    announced/announces added/adds showed/shows found/finds believes/believe/believed
    calculated/calculates cited/cites projected/projects assessed/assesses
    accused/accuses revealed/reveals disclosed/discloses forecast/forecasts
    responded/responds replied/replies testified/testifies tweeted/tweets wrote/writes
    recalled/recalls
    """
CUES_QUOTE_ONLY = "continued/continues concluded/concludes"
CUES_INVERTIBLE = """
    said/says added/adds wrote/writes explained/explains continued/continues noted/notes
    stated/states asked/asks warned/warns insisted/insists replied/replies
    concluded/concludes argued/argues stressed/stresses recalled/recalls
    """
CUES_BASE_FORMS = words(
    "say estimate claim warn argue insist predict believe suggest note report agree fear "
    "expect acknowledge admit allege assert contend maintain recall"
)

# --- names ----------------------------------------------------------------------------------

TITLES = words(
    """
    President Vice Prime Minister Ministers Secretary Deputy Spokesman Spokeswoman Spokesperson
    Chairman Chairwoman Chair Director Governor Senator Sen. Rep. Representative Congressman
    Congresswoman Gen. General Col. Colonel Lt. Lieutenant Maj. Major Capt. Captain Adm. Admiral
    Sgt. Chancellor Mayor Chief CEO Ambassador Professor Prof. Dr. Mr. Mrs. Ms. Miss King Queen
    Prince Princess Pope Commander Adviser Advisor Head Leader Speaker Lawmaker MP MEP Judge
    Justice Officer Analyst Economist Editor Correspondent Founder Chairperson Executive
    Official Envoy Negotiator Attorney Prosecutor Sheriff Superintendent Inspector Detective
    Councillor Councilman Councilwoman Commissioner Ombudsman Secretary-General Premier
    Coach Manager Owner Spokesperson Researcher Fellow Scientist Expert Lecturer Dean
    Minister-President Press Representative Rabbi Bishop Archbishop Cardinal Reverend Rev.
    Sir Dame Lord Lady Baroness Baron Emir Sheikh Sultan Crown Defense Defence Foreign
    Interior Finance Health Justice Trade Deputy Assistant Acting Former Ex Senior Top
    Assistant Associate Chief State Duma Kremlin White House Pentagon
    Member Councilmember Assemblymember Assemblyman Assemblywoman Alderman Alderwoman
    Trustee Supervisor Delegate Selectman Comptroller Treasurer Auditor Marshal Coroner
    Gov. Sgt Lt Capt Col Maj Gen Adm Dr Mr Mrs Ms Prof Rev Sen Rep Gov Pastor Imam Father
    Witness Collector Magistrate Datuk Seri Tun
    """
)
ORGANISATION_WORDS = words(
    """
    Institute Ministry Department Agency Group Council University College Party Government
    Office Commission Committee Bank Company Corporation Corp Inc Ltd LLC News Times Post
    Service Services Forces Force Army Navy Kremlin Pentagon House Association Organization
    Organisation Union Court Parliament Duma Senate Congress Assembly Board Bureau Center
    Centre Foundation Fund Federation Authority Police Guard Network Agency Reuters Press
    Journal Tribune Herald Telegraph Guardian Review Club League Alliance Coalition
    Command Staff Administration Cabinet Embassy Mission Observatory Monitor Watch Institute
    Program Programme Initiative Project Society Trust Hospital School Studies Research
    Analytics Economics Statistics Survey Media Radio Television TV Broadcasting
    Intelligence Directorate Ministry Republic Kingdom Nations Organization Bloomberg
    Newsweek CNN BBC NATO UN EU IMF WHO Lab Labs Laboratory Laboratories Consortium
    Partners Holdings Capital Insights Collective Academy Institution Registry Tribunal
    Church Mosque Temple Cathedral Diocese Synagogue
    """
)
# "the company", "the ministry": the organisation last quoted, when the text names none.
GENERIC_ORGANISATIONS = words(
    "company firm group bank ministry agency retailer carmaker automaker airline lender "
    "insurer organization organisation institute department regulator union court military "
    "army government administration newspaper broadcaster club party office"
)
# Nouns for a document a source speaks through: "the ISW report", "the think tank's report".
DOCUMENT_NOUNS = words(
    "report reports statement study analysis assessment update survey data figures article "
    "paper memo document release post tweet filing findings research review brief briefing "
    "bulletin estimate estimates forecast projections poll website blog message note "
    "consensus statistics numbers"
)

# --- changes --------------------------------------------------------------------------------

# Verbs and nouns that state a change, and its direction: "fell 3%", "a 2.1% drop".
CHANGE_UP = words(
    """
    rose rise rises rising risen grew grow grows growing gained gain gains climbed climb
    climbs jumped jump jumps surged surge surges soared soar soars increased increase
    increases increasing raised raise raises boosted hike hikes hiked up higher advanced
    rebounded spiked swelled doubled tripled widened surging soaring climbing jumping
    regained hiking lifting lifted accelerated accelerating leaped leapt rallied expanded
    expand expands expanding add adds added adding upward upwards lift lifts zoomed zooms
    rocketed skyrocketed ballooned spiralled spiraled
    """
)
CHANGE_NOUNS = words(
    """
    rise rises increase increases gain gains jump jumps hike hikes surge surges growth
    drop drops fall falls decline declines decrease decreases loss losses cut cuts dip dips
    slide slump plunge contraction reduction reductions depreciation devaluation expansion
    rebound boost
    """
)
CHANGE_DOWN = words(
    """
    fell fall falls falling fallen dropped drop drops dropping declined decline declines
    declining decreased decrease decreases slipped slip slips eased ease eases lost loss
    losses plunged plunge plunges tumbled tumble slumped slump slumps shrank shrink shrinks
    slid slide slides dipped dip dips cut cuts lowered lower down sank sink retreated
    narrowed halved contracted contraction shed shrunk sunk plunging tumbling sliding slipping
    descended slowed sagged stumbled skidded plummeted plunging tanked dove dived sliding
    reduction reductions depreciation devaluation downward downwards cratered nosedived
    """
)
# Verbs of change only (not "raised $5m" in funds or "lost 300 jobs"): a money amount after
# them is an amount of change ("gold fell 45 cents to $389.50").
MOVEMENT_VERBS = frozenset(
    """
    rose risen climbed jumped surged soared advanced rebounded regained fell fallen dropped
    declined slipped eased plunged tumbled slumped slid dipped sank retreated descended
    """.split()
)

# --- durations that count nothing -------------------------------------------------------------

# After a duration, words that make it a point in time: "five years ago", "a day later".
RELATIVE_TIME_WORDS = frozenset({"ago", "later", "earlier"})
# Nouns a hyphenated duration describes without counting: "a 15-year high", "the 10-year
# Treasury", "the 30-year fixed rate" ("a 10-year sentence" counts).
DESCRIBED_BY_DURATION = frozenset(
    "high highs low lows peak peaks record records treasury treasuries yield yields bond bonds "
    "note notes gilt gilts bund bunds fixed mortgage mortgages rate moving".split()
)
