"""Whose and where a figure is: the place, candidate, sector or owner that makes it one
group's figure and not another's (one candidate's share is not another's, a district's toll
is not the nation's). Rules of :data:`storydiff.core.tagging.measure_rules.RULES`, each with a
test in tests/core/tagging/test_measures.py."""

from __future__ import annotations

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.lexicon import PRONOUNS
from storydiff.core.tagging.measure_context import FIGURE, Context, Reading
from storydiff.core.tagging.measure_lexicon import (
    AREA_NOUNS,
    AUXILIARIES,
    CALENDAR_WORDS,
    CANDIDATE_TITLES,
    CLAUSE_JOINS,
    COUNTRIES,
    COUNTRY_NAMES,
    DISTANCE_SKIP,
    EVENT_NOUNS,
    LENGTH_UNITS,
    NOUN_PHRASE_START,
    OWNED_NOUNS,
    PEOPLE_EVENTS,
    PLACE_GENERIC_WORDS,
    PLACE_LINKS,
    SUB_AREA_NOUNS,
    SUBJECT_SKIP,
    SUBJECT_STOP,
    TOLL_NOUNS,
    VOTE_VERBS,
    WHOLE_ECONOMY,
)
from storydiff.core.tagging.records import Figure

_SUB_AREA_CUTS = CLAUSE_JOINS - {"and", "or"}


def rule_vote_side(reading: Reading, context: Context, figure: Figure) -> None:
    """The side a share voted for in a referendum or a ballot: "53% of voters said no",
    "51.4% voted yes", "48.6% who rejected it", "93% of members approved a strike" →
    share of the vote, place ``yes`` or ``no`` (the two sides are two facts)."""
    if reading.kind != "percent" or not _SIDE_CONTEXT.intersection(
        context.before_words + context.own_after
    ):
        return
    side = ""
    for k, word in enumerate(context.own_after[:8]):
        if word in CLAUSE_JOINS or word == ",":
            break
        following = context.own_after[k + 1 : k + 3]
        if word in _VOTING and following[:1] in (["yes"], ["no"]):
            side = following[0]
        elif word in _VOTING and following in (["in", "favour"], ["in", "favor"]):
            side = "yes"
        elif word in _VOTING and following[:1] == ["against"]:
            side = "no"
        else:
            side = _SIDE_VERBS.get(word, "")
        if side:
            break
    if side:
        reading.quantity, reading.event = "share of the vote", "voted"
        reading.set("vote_side", place=side)


def rule_gave_share(reading: Reading, context: Context, figure: Figure) -> None:
    """A share a count or a poll "gave" a named candidate: "results gave Lima 42% of the
    vote and former minister Tomas Varn 26%" → share of the vote for Lima, for Varn."""
    if reading.kind != "percent" or reading.place:
        return
    before = context.before
    words = [t.word for t in before]
    if "gave" not in words or _SIDE_CONTEXT.isdisjoint(words + context.own_after):
        return
    k = len(before)
    while k and before[k - 1].capital and before[k - 1].word[0].isalpha():
        k -= 1
    name = before[k:]
    if not name or k == 0:
        return
    titles = 0  # "and former prosecutor general Tomas Varn": lower-case words of a title
    while k > 1 and titles < 4 and words[k - 1].isalpha() and words[k - 1] not in ("and", "gave"):
        k -= 1
        titles += 1
    link = words[k - 1]
    if link == "gave" or (link == "and" and FIGURE in context.before_words):
        reading.quantity, reading.event = "share of the vote", "voted"
        reading.set("gave_share", place=" ".join(t.word for t in name))


# Words of a clause about a vote, where a share may take a side.
_SIDE_CONTEXT = frozenset(
    "vote votes voted voting voters referendum ballot ballots plebiscite poll".split()
)
_VOTING = frozenset("voted voting vote votes said say says chose backed".split())
# Verbs of a side taken: what a share "approved" or "rejected".
_SIDE_VERBS = {
    "approved": "yes", "backed": "yes", "supported": "yes", "endorsed": "yes",
    "favoured": "yes", "favored": "yes", "rejected": "no", "opposed": "no",
}  # fmt: skip


def rule_vote_share_of(reading: Reading, context: Context, figure: Figure) -> None:
    """Whose share of the vote: "Brandt received 50.3% of the vote", "41.2% for
    Halden" → the candidate, as the measure's group (one candidate's share is not
    another's); a candidate's share is a share of the vote, and a vote. A poll's margin
    of error is none ("The Portmere poll carries a 3 percent margin of error")."""
    if reading.kind != "percent" or reading.place:
        return
    if context.own_after[:3] == ["margin", "of", "error"]:
        reading.set("margin_of_error", quantity="margin of error")
        return
    said = reading.quantity in _VOTE_SHARES or reading.event == "voted"
    if not (said or (not reading.quantity and _vote_verb_before(context))):
        return
    name = _candidate_of(context)
    if name:
        if reading.quantity in _VOTE_SHARES:
            reading.quantity = ""  # "of support" is of the vote, said as one
        place = "" if name in _PRONOUNS else name  # "It won 50.3%": whose, said before
        reading.set("vote_share_of", quantity="share of the vote", event="voted", place=place)


# Shares that are a candidate's share of the vote ("drew 6.8 per cent of support").
_VOTE_SHARES = frozenset({"share of the vote", "share of support"})


def _vote_verb_before(context: Context) -> bool:
    """Whether a percentage is what someone received: "Lima received 43.8%", "obtained
    the 47.9%"; with a verb that says too little alone ("Okoro got 14.2%"), only in a
    clause that speaks of an election ("..., the election commission said")."""
    words = [w for w in context.before_words[-3:] if w not in ("the", "some", "about")]
    if not words or words[-1] not in VOTE_VERBS:
        return False
    if words[-1] not in _NOT_ONLY_VOTES:
        return True
    return not _VOTE_WORDS.isdisjoint(t.word for t in (*context.before, *context.after))


# Words that make a clause about an election, so "got 14.2%" is a share of the vote.
_VOTE_WORDS = frozenset("election elections vote votes voters ballot ballots polls count".split())


# Vote verbs that say too little alone: "has 12%", "leads by 5%".
_NOT_ONLY_VOTES = frozenset(
    {
        "has",
        "had",
        "leads",
        "led",
        "leading",
        "ahead",
        "got",
        "gets",
        "getting",
        "trailed",
        "trailing",
        "topped",
        "amassed",
        "following",
        "followed",
    }
)


def _candidate_of(context: Context) -> str:
    """The candidate a share of the vote is said of: "Lima's 44%", "44% for Lima",
    "Lima (has) received 44%" ("" if none is named, or another figure comes between the
    verb and this one: "Lima won 2,600 votes, or 44%" is read from the votes)."""
    before = context.before
    if before and before[-1].word.endswith("'s") and before[-1].capital:
        return before[-1].word.removesuffix("'s")
    after = context.own_after_tokens
    for k, token in enumerate(after[:4]):
        if token.word == "for" and k + 1 < len(after):
            name = _candidate_after(after[k + 1 : k + 6])
            if name:
                return name
    for k in range(len(before) - 1, -1, -1):
        if before[k].word[0].isdigit() and not _YEAR.fullmatch(before[k].word):
            return ""
        if before[k].word in VOTE_VERBS:
            return _subject_of_verb(before, k, context.named_before_bracket)
    return ""


_YEAR = compile_pattern(r"(?:19|20)\d\d")


def _subject_of_verb(before: list, k: int, bracket: list) -> str:
    """The name of whoever does the vote verb at ``before[k]``: "Brandt has garnered",
    "Brandt, a former mayor, had", "Lima, topped", "Varn, the main rival who received",
    "Varn, leader of the Harbour Party (HP) received" ("" if none)."""
    while k > 0 and before[k - 1].word in AUXILIARIES:
        k -= 1  # "Brandt has garnered"
    k = _past_party_noun(before, k)  # "the Harbour group received"
    if k > 0 and before[k - 1].word == "who":  # the name before the apposition
        k -= 1
        comma = next((n for n in range(k - 1, max(-1, k - 8), -1) if before[n].word == ","), None)
        if comma is None:
            return ""
        k = comma
    elif k > 1 and before[k - 1].word == ",":
        earlier = [n for n in range(k - 1) if before[n].word == ","]
        between = before[earlier[-1] + 1 : k - 1] if earlier else []
        if between and all(t.capital for t in between):
            k -= 1  # "the rival leader, Tomas Varn, obtained": the name set off by commas
        else:
            k = earlier[-1] if earlier else k - 1  # "Brandt, a former mayor, had"; "Lima, topped"
    if k == 0 and bracket:
        words = [t.word for t in bracket]
        named = bracket[: words.index(",")] if "," in words else bracket
        run = _capitalised_run(named)
    else:
        run = _capitalised_run(before[max(0, k - 4) : k])
    name = run[-1].word if run and run[-1].word.isalpha() else ""
    if not name and k and before[k - 1].word in _PERSONS:
        return _named_before(before[: k - 1])  # "Lima, ..., in elections in which he won"
    return name


# Pronouns that stand for a candidate named earlier in the sentence.
_PERSONS = frozenset({"he", "she"})


def _named_before(tokens: list) -> str:
    """The last person's name said in ``tokens`` (its last word), past days and months."""
    for k in range(len(tokens) - 1, 0, -1):  # not the sentence's first word
        token = tokens[k]
        if token.capital and token.word.isalpha() and token.word not in CALENDAR_WORDS:
            if k + 1 < len(tokens) and tokens[k + 1].capital:
                continue  # inside a longer name: its last word names it
            return token.word
    return ""


def rule_party_share(reading: Reading, context: Context, figure: Figure) -> None:
    """A party's share said with "with", "on" or "for", in a clause about an election, a
    poll or a party: "the final poll has Harbour with 38.2 percent", "put Harbour on 37.7%",
    "11.9% for the liberal Unity", "The Blue party was fifth on 7.3 percent",
    "The far-right Union group, with 5.4 percent," → the share of the vote of that party
    (:func:`_party_name`)."""
    if reading.kind != "percent" or reading.place or context.title_case:
        return
    if reading.quantity not in ("", "share of the vote"):
        return
    around = {t.word for t in (*context.before, *context.after, *context.named_before_bracket)}
    if _ELECTION_WORDS.isdisjoint(around):
        return
    name = _party_named(context)
    if name and name not in _PRONOUNS and name not in CALENDAR_WORDS:
        reading.set("party_share", quantity="share of the vote", event="voted", place=name)


# Words that make a clause about an election or a poll, where "Harbour with 38.2%" is a share.
_ELECTION_WORDS = (_VOTE_WORDS - {"count"}) | frozenset(
    "voter poll polling seats parliament party parties coalition alliance bloc".split()
)
# Words between a clause's start and its party's name: "The far-right Union group".
_PARTY_LEAD = frozenset(
    "the a far-right far-left centre-right center-right centre-left center-left centrist "
    "leftwing rightwing left-wing right-wing liberal conservative governing ruling "
    "opposition nationalist populist".split()
)


def _party_named(context: Context) -> str:
    """Whose share a percentage is, for :func:`rule_party_share` ("" if no name is sure)."""
    before = context.before
    words = [t.word for t in before]
    if words[-1:] in (["with"], ["on"]) and len(before) >= 2 and before[-2].capital:
        return _party_name(_capitalised_run(before[:-1]))  # "Harbour with 38.2%"
    after = context.own_after_tokens
    for k, token in enumerate(after[:3]):
        if token.word == "for":  # "11.9% for the liberal Unity"
            return _party_name(_name_opening(after[k + 1 : k + 6]))
    if words[-1:] not in (["with"], ["on"]):
        return ""
    if len(before) == 1 and context.named_before_bracket:
        return _party_name(_name_run(context.named_before_bracket))  # "the Union (U) with 9%"
    k = j = len(before) - 1
    while j > 0 and before[j - 1].word in _PLACED:
        j -= 1  # "was fifth on", "finished in third place with"
    j = _past_party_noun(before, j)  # "The Blue party was fifth on"
    if j < k and j > 0 and before[j - 1].capital:
        return _party_name(_capitalised_run(before[:j]))
    if before[k - 1].word != ",":
        return ""
    j = _past_party_noun(before, k - 1)
    name = _party_name(_capitalised_run(before[:j]))  # "... and the Union bloc, with 20%"
    if not name and not any(t.word[0].isdigit() for t in before):
        name = _party_name(_name_opening(before[:-1]))  # "The Union, an ally, did worse, with"
    if not name and context.named_before_bracket:  # "The Union (U) came second, with"
        name = _party_name(_name_run(context.named_before_bracket))
    return name


# Words between a party and "with" or "on" that place it: "was second with", "came first on".
_PLACED = frozenset(
    "was is were came comes finished ended placed ranked first second third fourth fifth "
    "sixth place in".split()
)


def _name_opening(tokens: list) -> list:
    """The capitalised name that opens ``tokens`` past determiners and political adjectives:
    "the centre-right Unity Party" → Unity Party."""
    k = 0
    while k < len(tokens) and k < 3 and tokens[k].word in _PARTY_LEAD:
        k += 1
    run = []
    for token in tokens[k:]:
        if not (token.capital and token.word.replace("-", "").isalpha()):
            break
        run.append(token)
    return run


def _past_party_noun(tokens: list, k: int) -> int:
    """Where a party's name ends before ``tokens[k]``, past a lower-case party noun ("the
    Harbour party", "the Union bloc")."""
    while k > 0 and tokens[k - 1].word in _PARTY_NOUNS and not tokens[k - 1].capital:
        k -= 1
    return k


def _party_name(run: list) -> str:
    """A party's name as a group: "Lima's Civic Union" → civic union, "the Unity Party" →
    unity (the possessive, "the" and "Party" left out)."""
    words = [t.word for t in run if not t.word.endswith(("'s", "’s")) and t.word != "the"]
    while words[-1:] in (["party"], ["parties"]):
        words.pop()
    return " ".join(words)


def rule_votes_of(reading: Reading, context: Context, figure: Figure) -> None:
    """Whose votes a count of votes is: "Lima amassed 684,000 votes", "Varn, the main
    rival who received 391,000 votes" → the candidate (one candidate's votes are not
    another's)."""
    if reading.kind != "count" or reading.quantity != "votes" or reading.place:
        return
    if context.title_case:
        return
    name = _candidate_of(context)
    if name and name not in _PRONOUNS:
        reading.set("votes_of", place=name)


_PRONOUNS = PRONOUNS | {"this", "that"}


def _candidate_after(words: list) -> str:
    """The name that ends a candidate's title and names: "opposition leader Marta
    Halden" → halden ("" if no capitalised name comes first)."""
    name = ""
    for token in words:
        if token.word in CANDIDATE_TITLES and not name:
            continue
        if not (token.capital and token.word.isalpha()):
            break
        name = token.word
    return name


def rule_place(reading: Reading, context: Context, figure: Figure) -> None:
    """A place or group stated right after the figure: "23 people in Gaza"."""
    if context.title_case or "change_in" in reading.rules:
        return  # "a 2% contraction in Gross Domestic Product" names no place
    own = context.own_after_tokens
    after = own[:6]
    if any(token.word == "republic" for token in after):
        after = own[:9]  # "in the Democratic Republic of the Congo"
    for k, token in enumerate(after[:6]):
        if token.word in PLACE_LINKS:
            name = _part_of_country(context.after[k + 1 : k + 9]) or _place_named(after[k + 1 :])
            if name:
                reading.set("place_after", place=" ".join(name))
            return


def rule_for_whom(reading: Reading, context: Context, figure: Figure) -> None:
    """Whose count a count is, named after "for": "190 goals in 310 games for Portmere" →
    portmere (not "62 games for his country")."""
    if reading.place or reading.kind != "count" or not figure.unit or context.title_case:
        return
    after = context.own_after_tokens
    for k, token in enumerate(after[:6]):
        if token.word == "for":
            if k and after[k - 1].capital:
                return  # "the Centers for Disease Control": a name, not whose
            name = _place_named(after[k + 1 :])
            if name:
                reading.set("for_whom", place=" ".join(name))
            return


def rule_toll_place(reading: Reading, context: Context, figure: Figure) -> None:
    """The place a toll is named with: "the death toll in Gaza rose to 1,200", "the number
    of deaths in Varn Prefecture ... has increased to 46"."""
    if reading.place or "toll_noun" not in reading.rules or context.title_case:
        return
    before = context.before
    for k in range(len(before) - 2):
        if before[k].word in _TOLL_HEADS and before[k + 1].word in PLACE_LINKS:
            rest = before[k + 2 :]
            if _event_then_place(rest):
                return  # "the toll in Friday's quake in Varn district": where the quake was
            name = _part_of_country(rest[:8]) or _place_named(rest)
            if name:
                reading.set("toll_place", place=" ".join(name))
            return


def _event_then_place(tokens: list) -> bool:
    """Whether words after a toll name its event before a place: "(the toll) in Friday's
    6.9 magnitude quake in Varn district" — the place is the event's, so the toll is the
    whole event's."""
    words = [t.word for t in tokens[:10]]
    events = [k for k, w in enumerate(words) if w in EVENT_NOUNS]
    return bool(events) and bool(PLACE_LINKS.intersection(words[events[0] + 1 : events[0] + 3]))


_REPUBLICS = frozenset({"republic", "of", "the"})
_TOLL_HEADS = frozenset(noun.split()[-1] for noun in TOLL_NOUNS)


def _place_named(tokens: list) -> list[str]:
    """The capitalised name that opens ``tokens`` (the words after "in"), past "the" and
    words such as "neighbouring"; none if an event noun follows it ("in Varn quake"
    names the quake)."""
    name: list[str] = []
    next_word = ""
    for k, token in enumerate(tokens[:7]):
        generic = token.word in SUBJECT_SKIP or token.word in PLACE_GENERIC_WORDS
        country = any(
            " ".join(t.word for t in tokens[k : k + n]) in COUNTRY_NAMES for n in (2, 3)
        )  # "South Africa", "Central African Republic"
        if k < 4 and generic and not country and not name:
            continue  # "in the", "in neighbouring Dhading"
        if name and name[-1] in _REPUBLICS and token.word in ("of", "the"):
            name.append(token.word)  # "the Democratic Republic of (the) Congo"
            continue
        longest = 6 if "republic" in name else 4
        if k >= longest or not token.capital or CALENDAR_WORDS.intersection(token.word.split("-")):
            next_word = token.word
            break
        name.append(token.word)
    if next_word in EVENT_NOUNS or name == ["q"]:
        return []  # "in Varn quake" names the quake; "in Q2" is a quarter
    return name


def _part_of_country(tokens: list) -> list[str]:
    """The name in "the coastal Japanese prefecture of Varn" or "Japan's storm-hit
    Varn prefecture": the part of the country, not the country ([] if neither)."""
    words = [t.word for t in tokens]
    for k, word in enumerate(words[:-2]):
        if word in AREA_NOUNS and words[k + 1] == "of" and tokens[k + 2].capital:
            return [words[k + 2]]  # "prefecture of Varn"
    if words and words[0].endswith("'s"):
        for k in range(1, len(words) - 1):
            if tokens[k].capital and words[k + 1] in AREA_NOUNS:
                return [words[k]]  # "Japan's storm-hit Varn prefecture"
    return []


def rule_sector(reading: Reading, context: Context, figure: Figure) -> None:
    """Jobs a sector added or cut ("retail added 38,000 jobs", "Construction added
    14,000 jobs") are the sector's: its name is the measure's group, not the whole economy's
    ("The US economy added 212,000 jobs", "Employers added ...")."""
    if reading.place or reading.quantity != "jobs":
        return
    before = context.before_words
    verbs = [k for k in range(max(0, len(before) - 3), len(before)) if before[k] in _JOB_VERBS]
    if not verbs:
        return
    subject: list[str] = []
    for word in reversed(before[: verbs[-1]]):
        if not word[0].isalpha() or word in SUBJECT_STOP or word in NOUN_PHRASE_START:
            break
        subject.insert(0, word)
        if len(subject) == 2:
            break
    whole = WHOLE_ECONOMY.intersection(subject) or COUNTRIES.intersection(subject)
    if subject and not whole and subject[-1] not in SUBJECT_SKIP:
        reading.set("sector", place=" ".join(subject))


# Not layoffs' verbs: "the firm cut 300 jobs" is the firm's news, not a sector's.
_JOB_VERBS = frozenset("added adds add gained lost".split())


def rule_owner(reading: Reading, context: Context, figure: Figure) -> None:
    """Whose figure it is, where the text says so: "Corvel's figure of 155,000 jobs" → corvel, as
    the measure's group (two agencies' figures are two facts, not one changed)."""
    if reading.place:
        return
    before = context.before[-4:]
    if not any(token.word.endswith("'s") for token in before):
        return
    if "money_noun" in reading.rules:
        # "Ana Lima's five-year, $90 million contract": whose contract
        for token in reversed(context.before[-5:]):
            if token.word.endswith("'s") and token.capital:
                reading.set("owner", place=token.word.removesuffix("'s"))
                return
            if token.word.isalpha() and token.word not in _CONTRACT_WORDS:
                return
        return
    for k, token in enumerate(before[:-1]):
        rest = [t.word for t in before[k + 1 :]]
        if token.word.endswith("'s") and token.capital and rest[0] in OWNED_NOUNS:
            if rest[1:] in ([], ["of"]):
                reading.set("owner", place=token.word.removesuffix("'s"))
            return


# Words between whose contract and its sum: "Lima's 10-year, $90 million deal".
_CONTRACT_WORDS = frozenset({"year", "years", "record", "new", "reported"})


def rule_distance_from(reading: Reading, context: Context, figure: Figure) -> None:
    """A distance is measured from a place: "30 km south of Portmere", "620 km from the
    capital, Varn" → that place (distances from two places are two facts)."""
    if reading.place or reading.quantity not in LENGTH_UNITS:
        return
    if context.before_words[-2:] == ["depth", "of"]:
        reading.quantity += " deep"  # "at a depth of 38 km": km deep, from no place
        reading.rules.append("depth")
        return
    after = context.own_after_tokens[:8]  # past a conversion: "70 miles (113km) north of"
    words = [t.word for t in after]
    for k, word in enumerate(words[:3]):
        if word in ("of", "from"):
            rest = [t for t in after[k + 1 :] if t.word not in SUBJECT_SKIP]
            name = []
            for token in rest:
                if token.capital and token.word.isalpha():
                    name.append(token.word)
                elif name or token.word not in DISTANCE_SKIP:
                    break
            if name:
                reading.set("distance_from", place=" ".join(name))
            return


def rule_sub_area(reading: Reading, context: Context, figure: Figure) -> None:
    """A toll counted for part of a country ("the toll in the district rose to 36",
    "districts where 26 died"): its place is that part, named when a capitalised name goes
    before it, so it is no statement of the national toll."""
    if reading.place or reading.kind != "count" or reading.event not in PEOPLE_EVENTS:
        return
    after = context.own_after_tokens
    ends = [k for k, t in enumerate(after) if t.word in CLAUSE_JOINS]
    before = context.before
    starts = [k + 1 for k, t in enumerate(before) if t.word in _SUB_AREA_CUTS]
    clause = [*before[starts[-1] if starts else 0 :], *after[: ends[0] if ends else len(after)]]
    if (
        len(before) >= 5
        and before[-5].word in SUB_AREA_NOUNS
        and _named_where(before, len(before) - 5)
    ):
        reading.set("sub_area", place=before[-3].word)  # "the province of Varn, where 310 died"
        return
    for k, token in enumerate(clause):
        part = SUB_AREA_NOUNS.get(token.word)
        if part is None or not _counted_in(clause, k):
            continue
        tolls = [j for j in range(k) if clause[j].word in _TOLL_HEADS]
        if tolls and _event_then_place(clause[tolls[-1] + 1 : k]):
            return  # "the toll in Friday's quake in Varn district": where the quake was
        name = [t.word for t in _capitalised_run(clause[max(0, k - 2) : k])]
        reading.set("sub_area", place=" ".join([*name, part]))
        return


def _name_run(words: list) -> list:
    """A party's name at the end of ``words``, across one "and" or "of" between capitalised
    words ("Hearth and Harbour", "Party of Lanta"), else :func:`_capitalised_run`."""
    run = _capitalised_run(words)
    k = len(words) - len(run)
    if run and k >= 2 and words[k - 1].word in ("and", "of") and words[k - 2].capital:
        return [*_capitalised_run(words[: k - 1]), words[k - 1], *run]
    return run


def _capitalised_run(words: list) -> list:
    """The capitalised names at the end of ``words`` ("Dhading West" before "district")."""
    run: list = []
    for token in reversed(words):
        if not (token.capital and token.word.replace("-", "").isalpha()):  # "League-Nawaz"
            break
        run.insert(0, token)
    return run


def rule_opening_place(reading: Reading, context: Context, figure: Figure) -> None:
    """A toll in a sentence that opens with its place: "In Dhading district, 41 people
    died" → Dhading district."""
    if reading.place or reading.kind != "count" or reading.event not in PEOPLE_EVENTS:
        return
    opens = context.before[:1] and context.before[0].word == "in"  # its clause opens with it
    if context.opening_place and opens and not context.title_case:
        reading.set("opening_place", place=context.opening_place)


def _named_where(clause: list, k: int) -> bool:
    """Whether the part of a country at ``clause[k]`` is named after "of" and frames a
    count with "where": "in the province of Varn, where 310 people were killed"."""
    words = [t.word for t in clause[k + 1 : k + 5]]
    return words[:1] == ["of"] and clause[k + 2].capital and words[2:4] == [",", "where"]


def _counted_in(clause: list, k: int) -> bool:
    """Whether the part of a country at ``clause[k]`` frames a count: "in the district",
    "districts where" (not "struck the province")."""
    after = clause[k + 1].word if k + 1 < len(clause) else ""
    return after == "where" or "in" in (t.word for t in clause[max(0, k - 3) : k])


def rule_seats(reading: Reading, context: Context, figure: Figure) -> None:
    """Seats in a parliament that are no one's count: the number needed for a majority
    ("the 151 seats needed for a majority" → period ``required``) and the house's whole
    ("212 seats of the 300 seats" → period ``total``)."""
    if reading.kind != "count" or reading.quantity.removesuffix("s") != "seat":
        return
    if context.own_after[:1] and context.own_after[0] in _NEEDED_AFTER:
        reading.set("seats_needed", period="required")
    elif context.before_words[-2:] == ["of", "the"] and FIGURE in context.before_words:
        reading.set("seats_total", period="total")
    else:
        if _seats_foreseen(context.before_words[-4:]):
            reading.set("seats_forecast", period="forecast")
        party = _party_of(context)
        if party in _PRONOUNS:
            party = ""  # "He got 12 seats": someone said before
        if party and reading.period in ("", "forecast") and not reading.place:
            reading.set("party_seats", place=party)


_NEEDED_AFTER = frozenset("needed required necessary".split())


def rule_majority_mark(reading: Reading, context: Context, figure: Figure) -> None:
    """The seats a majority needs, said as a mark: "the 201-majority mark", "short of the
    201 majority mark", "a majority of 174" → seats, period ``required`` (no one's seats)."""
    if reading.kind != "count":
        return
    after = context.own_after[:2]
    hyphened = figure.text.lower().endswith("-majority")
    marked = after[:1] == ["majority"] and after[1:2] in (["mark"], ["threshold"], ["line"])
    if hyphened or marked or context.before_words[-3:] == ["a", "majority", "of"]:
        reading.quantity = ""
        reading.event = ""
        reading.set("majority_mark", quantity="seats", period="required")


def _seats_foreseen(words: list[str]) -> bool:
    """Whether seats are a projection, not a result: "could win 90 to 110 seats", "is
    projected to take 300 seats", "set to win 400 seats"."""
    k = len(words)
    while k and words[k - 1] in _SEAT_VERBS:
        k -= 1
    if k == len(words) or k == 0:
        return False
    if words[k - 1] == "to":  # "projected to take", not "needs to win"
        return k > 1 and words[k - 2] in _PROJECTED
    return words[k - 1] in _FORESEEING


# Words before a seat verb that make the seats a projection ("could win", "projected to take").
_FORESEEING = frozenset("could would might may will".split())
# Words between a party and its seats' new tally ("the Greens have increased their tally to").
_TALLY_WORDS = frozenset("to its their tally increased raised lifted".split())
# Nouns after a party's name, lower-cased ("the Harbour party"); the name is before them.
_PARTY_NOUNS = frozenset("party parties alliance bloc coalition group".split())
# Words between a party and a projection of its seats ("Labour is projected to take").
_PROJECTED = frozenset(
    "is are was were projected expected set likely poised seen looked looks look".split()
)


def _party_of(context: Context) -> str:
    """Whose seats a count is: the capitalised subject right before "has", "won", ... ("Harbour
    has won 212 seats", "the Conservatives have 64 seats") or a list's label ("- Harbour
    Party: 209 seats"), as one name ("conservative", "liberal democrat")."""
    before = context.before
    k = len(before)
    while k and before[k - 1].word in _BEFORE_SEATS:
        k -= 1
    k = _past_party_noun(before, k)  # "The Harbour party won 54 seats"
    if k == 0 < len(before) and context.named_before_bracket:
        run = _name_run(context.named_before_bracket)  # "the Greens (GP) won 4 seats"
    elif k < len(before):
        run = _name_run(before[:k])
    elif context.label:
        run = _capitalised_run(context.label)
    else:
        return ""
    words = _party_name(run).split()  # "The Greens won 17 seats"
    if not run and k >= 2 and before[k - 2].capital and before[k - 1].word.isalpha():
        # "Lima's centrists won 88 seats": the leader's group
        leader = before[k - 2].word
        words = [leader[:-2]] if leader.endswith(("'s", "’s")) else []
    if not words or words[0] in CALENDAR_WORDS:
        return ""
    if len(words[-1]) > 4 and not words[-1].endswith("ss"):  # not "congress"
        words[-1] = words[-1].removesuffix("s")
    return " ".join(words)


# Verbs between a party and its seats: "Harbour has won 212 seats", "Harbour have 209 seats".
_SEAT_VERBS = frozenset(
    "has have had won win wins winning took take takes taking secured secure securing holds hold"
    " held gained get gets got garnering garnered garner".split()
)
# Every word that may stand between a party and its seats.
_BEFORE_SEATS = _SEAT_VERBS | _FORESEEING | _PROJECTED | _TALLY_WORDS
