"""The words a figure's measure is read from, as data: one place for all of them.

Each table maps a word (lower case) as written in news to its normalised class.
:mod:`storydiff.core.tagging.measures` reads them; nothing else holds copies.
"""

from __future__ import annotations

# Event words and the class they normalise to: "dead", "death toll", "killed" → killed.
EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed kill kills killing dead died die dies dying deaths fatalities fatality perished "
        "mortalities"
    ).split(),
    "injured": "injured injuring injure injures wounded wounding hurt injuries".split(),
    "displaced": "displaced displacing homeless fled uprooted".split(),
    "evacuated": "evacuated evacuating evacuees evacuate".split(),
    "missing": "missing unaccounted".split(),
    "affected": "affected".split(),
    "rescued": "rescued rescuing saved".split(),
    "arrested": "arrested arresting detained detaining".split(),
    "hospitalised": (
        "hospitalised hospitalized hospitalisation hospitalization hospitalisations "
        "hospitalizations"
    ).split(),
    "infected": "infected infections cases sick sickened ill illnesses".split(),
    "vaccinated": (
        "vaccinated vaccinating inoculated inoculating immunised immunized immunising "
        "immunizing jabbed"
    ).split(),
    "rose": (
        "rose rise rises rising risen increased increase increases increasing climbed climb "
        "climbs climbing jumped jump jumps jumping gained gain gains grew grow grows growing "
        "growth surged surge surging soared soaring accelerated expanded expands expanding up "
        "higher"
    ).split(),
    "fell": (
        "fell fall falls falling fallen decreased decrease decreases declined decline declines "
        "dropped drop drops slipped slip eased ease easing dipped dipping slowed slow shrank "
        "shrink contracted contraction tumbled plunged down lower"
    ).split(),
    "pledged": "pledged pledge pledges promised promise committed".split(),
    "fined": "fined fine fines penalty".split(),
    "raised": "raised raise raising".split(),
    "cost": "cost costs costing".split(),
    "sentenced": "sentenced sentencing jailed imprisoned".split(),
    "forfeited": "forfeit forfeits forfeited forfeiture".split(),
    "stolen": "stole stolen stealing steal embezzled embezzling defrauded".split(),
    "lost": "lost lose loses losing losses loss damage".split(),
    "destroyed": "destroyed destroying damaged razed flattened collapsed".split(),
    "voted": "voted votes".split(),
    "mobilised": "mobilised mobilized mobilising mobilizing mobilisation mobilization".split(),
}
# Classes that change a level; they compare as one family, the direction is part of the value.
CHANGE_EVENTS = frozenset({"rose", "fell"})
# Classes that only money can have: "costs" before a percentage is a noun, not the event.
MONEY_EVENTS = frozenset({"pledged", "fined", "raised", "cost", "forfeited", "stolen", "lost"})
# Events whose object before "to" is a person, not what the figure measures: "sentenced the
# founder of the exchange to 20 years".
PERSON_OBJECT_EVENTS = frozenset({"sentenced"})
# Classes that count people: a count with no counted noun counts people ("kills at least 23").
PEOPLE_EVENTS = frozenset(
    {"killed", "injured", "displaced", "evacuated", "missing", "rescued", "arrested",
     "hospitalised", "infected", "affected", "vaccinated"}
)  # fmt: skip

# Nouns of events that a place name before them qualifies: "the death toll in Varn quake"
# names the quake, not the place of the dead.
EVENT_NOUNS = frozenset(
    "quake quakes earthquake earthquakes tremor temblor flood floods flooding storm storms "
    "typhoon hurricane cyclone fire fires wildfire wildfires blast explosion crash attack "
    "attacks shooting bombing landslide landslides mudslide eruption tsunami derailment "
    "disaster heatwave avalanche outbreak".split()
)
# Group words that "N of the ..." takes a part of: "Three of the dead were pulled from a barn"
# is some of the dead, never the toll.
GROUP_WORDS = frozenset(
    "dead injured wounded missing victims casualties bodies evacuees hostages".split()
)

# Nouns that name a toll ("the death toll rose to 31") and the event they count.
TOLL_NOUNS: dict[str, str] = {
    "death toll": "killed",
    "toll": "killed",
    "injury toll": "injured",
    "number of dead": "killed",
    "number of deaths": "killed",
    "number of fatalities": "killed",
    "number of mortalities": "killed",
    "number of injured": "injured",
    "number of missing": "missing",
    "number of cases": "infected",
    "number of infections": "infected",
    "confirmed cases": "infected",
    "number of people missing": "missing",
    "number of people infected": "infected",
    "number of persons infected": "infected",
    "number of suspected cases": "infected",
}

# Counted nouns as outlets write them, and what they normalise to; an adjective used as
# a noun ("118 dead") also gives the event.
COUNTED_NOUNS: dict[str, tuple[str, str]] = {
    # noun: (quantity, event or "")
    "people": ("people", ""),
    "persons": ("people", ""),
    "person": ("people", ""),
    "individuals": ("people", ""),
    "residents": ("people", ""),
    # the people an event befell as a whole, not a group among them (unlike "children")
    "inhabitants": ("people", ""),
    "villagers": ("people", ""),
    "pilgrims": ("people", ""),
    "worshippers": ("people", ""),
    "passengers": ("people", ""),
    "migrants": ("people", ""),
    "cases": ("people", "infected"),
    "illnesses": ("people", "infected"),
    "structures": ("buildings", ""),
    "buildings": ("buildings", ""),
    "houses": ("homes", ""),
    "homes": ("homes", ""),
    "infections": ("people", "infected"),
    "victims": ("people", ""),
    "dead": ("people", "killed"),
    "deaths": ("people", "killed"),
    "fatalities": ("people", "killed"),
    "mortalities": ("people", "killed"),
    "bodies": ("people", "killed"),
    "injured": ("people", "injured"),
    "wounded": ("people", "injured"),
    "injuries": ("people", "injured"),
    "missing": ("people", "missing"),
    "displaced": ("people", "displaced"),
    "homeless": ("people", "displaced"),
    "evacuees": ("people", "evacuated"),
    "evacuated": ("people", "evacuated"),
    "hospitalised": ("people", "hospitalised"),
    "hospitalized": ("people", "hospitalised"),
    "lives": ("people", "killed"),
    "casualties": ("casualties", ""),
    "soldiers": ("troops", ""),
    "troops": ("troops", ""),
    "servicemen": ("troops", ""),
    # a train's cars, as outlets in different countries call them
    "coaches": ("coaches", ""),
    "bogies": ("coaches", ""),
    "carriages": ("coaches", ""),
}

# Subjects of a change, as outlets name them, and their normal name.
QUANTITY_SYNONYMS: dict[str, str] = {
    "inflation": "consumer prices",
    "inflation rate": "consumer prices",
    "consumer price index": "consumer prices",
    "cpi": "consumer prices",
    "prices": "consumer prices",
    "consumer prices": "consumer prices",
    "headline inflation": "consumer prices",
    "core inflation": "core consumer prices",
    "core prices": "core consumer prices",
    "core cpi": "core consumer prices",
    "gdp": "gdp",
    "economy": "gdp",
    # "a further $4 million in punitive": the damages left unsaid
    "punitive": "punitive damages",
    "compensatory": "compensatory damages",
    "growth": "gdp",
    "economic growth": "gdp",
    "gross domestic product": "gdp",
    "real gdp": "gdp",
    "real gross domestic product": "gdp",
    "consumer spending": "consumer spending",
    "viewers": "viewers",
    "transfer fee": "fee",
    "initial fee": "fee",
    "fixed fee": "fee",
    "base fee": "fee",
    "basic fee": "fee",
    "upfront fee": "fee",
    "guaranteed fee": "fee",
    "turnout": "turnout",
    "voter turnout": "turnout",
    "viewership": "viewers",
    "average viewership": "viewers",
    "viewership average": "viewers",
    "viewership figure": "viewers",
    "private consumption": "consumer spending",
    "personal consumption": "consumer spending",
    "household consumption": "consumer spending",
    "unemployment": "unemployment rate",
    "unemployment rate": "unemployment rate",
    "jobless rate": "unemployment rate",
    "interest rate": "interest rate",
    "interest rates": "interest rate",
    "rates": "interest rate",
    "earthquake": "earthquake",
    "quake": "earthquake",
    "temblor": "earthquake",
    "tremor": "earthquake",
    "prison term": "prison sentence",
    "jail term": "prison sentence",
    "jail sentence": "prison sentence",
    "deal": "contract",
    "pact": "contract",
    "agreement": "contract",
}

# Subjects that are themselves a rate of change: "inflation was 0.3%" states a rise.
CHANGE_SUBJECTS = frozenset({"consumer prices", "core consumer prices", "gdp"})

# Nouns for a rate that is annual unless said otherwise: "inflation dropped to 5.4%".
ANNUAL_RATE_NOUNS = frozenset({"inflation", "cpi"})
# Words that link a figure to an earlier one: "fell 2%, following a rise of 1%", "after a".
EARLIER_LINKS = frozenset("following after from".split())
# Words that make a figure a forecast, not an outcome.
FORECAST_WORDS = frozenset(
    "predicted forecast forecasts forecasted expected expect expects anticipated consensus "
    "projected projection would".split()
)
# Counted nouns that alone say too little to call two values a conflict: "two people" (the
# first two brought to a hospital) and "20,000 people" (a population).
GENERIC_QUANTITIES = frozenset({"people", "persons", "person", "individuals", "others", "times"})
# How far an election count has got: "with 94% of ballots counted", "98% of precincts
# reporting", "99% of polling stations scrutinised" all say the share of the count.
BALLOT_NOUNS = frozenset(
    "ballot ballots boxes votes precincts polling poll stations booths tables districts".split()
)
COUNTING_WORDS = frozenset(
    "counted scrutinized scrutinised reporting processed tallied checked opened tally count "
    "recorded".split()
)
# Verbs whose subject is the candidate a share of the vote belongs to.
VOTE_VERBS = frozenset(
    "received receives receiving won wins winning got gets getting garnered garners garnering "
    "secured secures securing took takes taking obtained polled polling has had leads led "
    "leading ahead trailed trailing topped amassed following followed".split()
)
# A distance is measured from a place ("30 km south of Portmere"): units of length, and
# the words between "of"/"from" and the place's name.
LENGTH_UNITS = frozenset({"km", "miles", "m", "feet", "nautical miles", "yards"})
DISTANCE_SKIP = frozenset(
    "the city town capital village province western eastern northern southern central "
    "of country's".split()
)
# Participles that say a figure is a forecast after its subject: "growth seen at 1.9%".
FORECAST_PARTICIPLES = frozenset({"seen", "estimated", "put"})
# Words naming a level, not what it measures: "a record high of 5%", "a new all-time low".
RECORD_WORDS = frozenset("record high low new all-time unprecedented historic".split())
# Words that size a naming noun up, and name nothing: "a whopping bill of £12 million".
INTENSIFIERS = frozenset("whopping hefty massive huge staggering mammoth eye-watering".split())
# Auxiliaries between a subject and its verb: "inflation had dropped".
AUXILIARIES = frozenset("had has have having was were is are been be being".split())
# Subjects that stand for a whole economy adding or cutting jobs (not a sector of it).
WHOLE_ECONOMY = frozenset(
    "economy employers payrolls states nation country government companies businesses firms "
    "it they which that who".split()
)
# Nouns for a figure someone owns: "Corvel's figure of 155,000", "the IMF's estimate of 3%".
OWNED_NOUNS = frozenset(
    "figure figures estimate estimates count tally reading forecast projection survey".split()
)
# Words of a candidate's title before the name: "for opposition leader Marta Halden".
CANDIDATE_TITLES = frozenset(
    "leader candidate opposition rival incumbent challenger president former main nominee "
    "party presidential".split()
)

# The base or period of a figure, as phrases (matched on lower-case words in order).
PERIOD_PHRASES: dict[str, str] = {
    "from a year ago": "annual",
    "from a year earlier": "annual",
    "from a year before": "annual",
    "than a year ago": "annual",
    "than a year earlier": "annual",
    "than a year before": "annual",
    "than in the same month last year": "annual",
    "than the same month last year": "annual",
    "on a yearly basis": "annual",
    "yearly": "annual",
    "over the past year": "annual",
    "over the last year": "annual",
    "over the past 12 months": "annual",
    "over the last 12 months": "annual",
    "in the 12 months": "annual",
    "in the year": "annual",
    "over the year": "annual",
    "year-on-year": "annual",
    "year-over-year": "annual",
    "year on year": "annual",
    "year over year": "annual",
    "on an annual basis": "annual",
    "annual": "annual",
    "annually": "annual",
    "annualized": "annual",
    "annualised": "annual",
    "12-month": "annual",
    "compared to the same month": "annual",
    "compared with the same month": "annual",
    "from the same month": "annual",
    "from the previous month": "monthly",
    "from the month before": "monthly",
    "over the month": "monthly",
    "on the month": "monthly",
    "in the month": "monthly",
    "month-on-month": "monthly",
    "month-over-month": "monthly",
    "month on month": "monthly",
    "month over month": "monthly",
    "on a monthly basis": "monthly",
    "monthly": "monthly",
    "compared to the same quarter": "annual",
    "compared with the same quarter": "annual",
    "from the same quarter": "annual",
    "compared to the same period": "annual",
    "compared with the same period": "annual",
    "from the same period": "annual",
    "compared to the previous month": "monthly",
    "compared with the previous month": "monthly",
    "from the previous quarter": "quarterly",
    "compared to the previous quarter": "quarterly",
    "compared with the previous quarter": "quarterly",
    "on the previous quarter": "quarterly",
    "over the quarter": "quarterly",
    "on the quarter": "quarterly",
    "quarter on quarter": "quarterly",
    "quarter-on-quarter": "quarterly",
    "quarter-over-quarter": "quarterly",
    "quarterly": "quarterly",
    "in the past day": "added",
    "in the last day": "added",
    "daily": "daily",
    "a day": "daily",
    "per day": "daily",
    "each day": "daily",
    "every day": "daily",
    "weekly": "weekly",
    "a week": "weekly",
    "per week": "weekly",
    "each week": "weekly",
    "every week": "weekly",
    "each decade": "per decade",
    "per decade": "per decade",
    "a decade": "per decade",
    "every decade": "per decade",
    "every year": "every year",
    "each year": "every year",
    "a year": "every year",
    "so far this year": "so far this year",
    "this year": "this year",
    "last year": "last year",
}
# "since September", "since the start of the war": a period that starts at the next words.
PERIOD_SINCE = "since"

# Currency and trade areas a rate is stated for, and their normal name: a subject's place
# ("eurozone inflation" → consumer prices in the euro area; the EU's rate is another fact).
AREA_NAMES: dict[str, str] = {
    "eurozone": "euro area",
    "euro-zone": "euro area",
    "euro zone": "euro area",
    "euro area": "euro area",
    "single currency zone": "euro area",
    "eu": "eu",
    "european union": "eu",
}
# Adjectives of countries in a subject ("the German economy", "Japanese exports"): the
# country is the figure's place, as a currency area's is.
COUNTRY_ADJECTIVES = {
    "german": "germany", "french": "france", "british": "united kingdom", "chinese": "china",
    "japanese": "japan", "american": "united states", "indian": "india", "russian": "russia",
    "italian": "italy", "spanish": "spain", "canadian": "canada", "australian": "australia",
    "brazilian": "brazil", "mexican": "mexico", "turkish": "turkey", "dutch": "netherlands",
    "swiss": "switzerland", "swedish": "sweden", "polish": "poland", "irish": "ireland",
    "israeli": "israel", "pakistani": "pakistan", "indonesian": "indonesia",
    "nigerian": "nigeria", "egyptian": "egypt", "argentine": "argentina",
    "south korean": "korea", "norwegian": "norway", "danish": "denmark",
}  # fmt: skip
# Countries of more than one word, and other names outlets give them, as one key: "DR Congo"
# and "the Democratic Republic of Congo" are one country.
COUNTRY_NAMES = {
    "democratic republic": "congo",
    "democratic republic of congo": "congo",
    "democratic republic of the congo": "congo",
    "dr congo": "congo",
    "drc": "congo",
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "south africa": "south africa",
    "south korea": "korea",
    "south sudan": "south sudan",
    "new zealand": "new zealand",
    "saudi arabia": "saudi arabia",
    "sri lanka": "sri lanka",
    "papua new guinea": "papua new guinea",
    "png": "papua new guinea",
    "united arab emirates": "united arab emirates",
    "uae": "united arab emirates",
    "czech republic": "czechia",
    "dominican republic": "dominican republic",
    "costa rica": "costa rica",
    "el salvador": "el salvador",
    "sierra leone": "sierra leone",
    "ivory coast": "ivory coast",
    "burkina faso": "burkina",
    "central african republic": "central african republic",
}
# Countries (and the adjectives some outlets use for them): a toll "in Nepal" and one with
# no place stated are one national toll.
COUNTRIES = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
    eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
    greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
    iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait
    kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
    moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
    netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
    peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
    seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
    syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkiye turkmenistan
    tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
    gaza
    """.split()
) | frozenset(COUNTRY_NAMES.values())
# Words a place is written with or without ("Dhading district" ~ "Dhading"): left out when
# places are compared, unless nothing else is left.
PLACE_GENERIC_WORDS = frozenset(
    "district province county municipality region state city town village prefecture area "
    "neighbouring neighboring nearby north south east west northern southern eastern western "
    "central northwestern northeastern southwestern southeastern north-western north-eastern "
    "south-western south-eastern".split()
)
# Parts of a country a toll can be counted for: "36 died in the district" is not the
# national toll.
# Nouns for a part of a country that its name follows ("the prefecture of Varn") or
# precedes ("Varn prefecture").
AREA_NOUNS = frozenset(
    "district province county municipality region state city town village prefecture".split()
)
SUB_AREA_NOUNS: dict[str, str] = {
    "district": "district",
    "districts": "district",
    "province": "province",
    "provinces": "province",
    "county": "county",
    "counties": "county",
    "municipality": "municipality",
    "village": "village",
    "villages": "village",
}
# Words after which a forecast word compares an outcome with it: "slid more *than*
# expected to 3.6%" is the outcome.
FORECAST_COMPARED = frozenset({"than"})
# Words that end a forecast's reach backwards: "had expected *after* prices rose 2.9%".
FORECAST_STOPS = frozenset({"after", "but", "instead", "while", "whereas"})

# Words after a count of people that say they are at risk, not struck: "2,000 lives
# at risk", "10,000 people in danger".
AT_RISK = (("at", "risk"), ("in", "danger"))

# Light verbs between a subject and the event noun or particle it takes: "prices *saw* a
# decrease of", "the index *went* up by"; the subject ends before them.
LIGHT_VERBS = frozenset(
    "saw sees see went goes go came comes posted posts recorded showed shows show "
    "experienced experiences suffered suffers registered registers logged logs".split()
)
# Nouns of time that frame a subject rather than name it: "rents in April of the current
# *year* decreased".
TIME_NOUNS = frozenset("year month quarter week".split())
# Words between "from" and an earlier value: "down from the previous month's 4.3%", "up from
# a revised 1.2%". A possessive of a month or a time noun counts too ("September's").
EARLIER_VALUE_FILLERS = frozenset(
    "the a an its their previous prior last revised upwardly downwardly upward downward "
    "initially initial originally reported estimated".split()
)

# Words left out of a subject's name: determiners and vague modifiers.
SUBJECT_SKIP = frozenset(
    "the a an its their his her our this that these those u.s. u.s us u.k uk american british "
    "overall it they "
    "he she we still already now also only slightly particularly just even".split()
)
# Words a noun phrase starts with: a subject read backwards ends there.
NOUN_PHRASE_START = frozenset("a an the its their his her our this that these those".split())
# Words that stop a subject read backwards from its verb.
SUBJECT_STOP = frozenset(
    """
    and or but as while when where which who that than with without of in on at to for from by
    after before during since said says say told has have had is are was were be been will would
    could should may might though although because whereas if unless yet
    """.split()
)
# Words between an event word and its figure that keep them together: "killing at least 23".
BRIDGE_WORDS = frozenset(
    """
    at least more than less than fewer over nearly almost about around some roughly up to by
    an estimated estimate a further another total of the to just only approximately
    """.split()
)
# Clause ends: an event or period is not read across them.
CLAUSE_MARKS = frozenset(";:—–()")
# Words that end the reach of an event read after its figure: "1,200 displaced *and* 14 ...".
CLAUSE_JOINS = frozenset({"and", "or", "but", "while", "after", "as", ","})
# Words that link a naming noun to its figure: "an inflation rate *of* 3.2%", "toll *was* 31".
NAMING_LINKS = frozenset({"of", "at", "to", "was", "is", "stood", "worth"})
# Verbs (and their complements) that state a level before "at": "remained steady at 3.4%".
LEVEL_VERBS = frozenset(
    "remained remains remain stayed stays stay held holds hold stood stands steady stable "
    "unchanged flat".split()
)
# Words that open a relative clause set off by commas: "inflation, which excludes food, ...".
RELATIVE_OPENERS = frozenset({"which", "who", "that"})
# Nouns that name a level rather than a thing: "rate", "level", "total".
LEVEL_NOUNS = frozenset({"rate", "level", "total"})
# Words that link money to what it is for: "$1.2 billion *in* aid".
PURPOSE_LINKS = frozenset({"in", "for", "of", "worth"})
# Nouns a sum is written before: "a 90 million euro signing-on bonus", "a $7m contract".
MONEY_NOUNS = frozenset(
    "bonus fee contract deal salary package loan settlement award budget bid offer payment "
    "grant wage transfer investment stake bill".split()
)
# Words that link a figure to a place: "23 people *in* Gaza".
PLACE_LINKS = frozenset({"in", "across"})
# Months and weekdays: never a place or a subject.
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)
