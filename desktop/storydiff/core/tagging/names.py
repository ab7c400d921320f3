"""Turn a source phrase into a name, and resolve mentions within one document.

"Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov"; "the Institute for the Study
of War (ISW) think tank" → "Institute for the Study of War", after which "ISW",
"the ISW report", "the think tank", "the report" and "it" mean that institute;
"he" means the last named person; "Peskov" means "Dmitry Peskov". Groups keep
their wording: "Some experts" → "experts".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.namewords import (
    DOCUMENT_NOUNS,
    FEMALE_TITLES,
    GENERIC_ORGS,
    GROUP_DETERMINERS,
    MALE_TITLES,
    ORG_WORDS,
    TITLES,
)

__all__ = ["DOCUMENT_NOUNS", "Entity", "Resolver", "clean_phrase", "person_name", "titled_people"]

_PARTICLES = frozenset("of for the and & de del der van von al bin da di le la du ibn el".split())
_PLACE_DESCRIPTION = compile_pattern(
    r"(?:country|city|state|nation|region|province|county|island)['’]s\s+([a-z]+)\s+[a-z]+$"
)
_LINKS = frozenset("at of from for with in on by to and".split())
_ACRONYM_DEF = compile_pattern(r"\(([A-Z][A-Za-z]{1,7})\)")
_TITLE_ALT = "|".join(
    sorted((re.escape(t) for t in TITLES if t.isalpha()), key=lambda t: (-len(t), t))
)
# The lookahead is a cheap first test (a word, then a capitalised word) before the long
# list of titles is tried: five times faster on a long article, same matches. No title is
# shorter than two letters, so a one-letter word is never tried (texts of tiny lines).
_TITLED_NAME = compile_pattern(
    rf"\b(?=[A-Za-z]{{2,}}\.?\s+[A-Z])(?i:{_TITLE_ALT})\.?\s+"
    rf"(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w'’-]+"
)
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})
# "data from the Labor Department", "a report by the finance office", "research from X":
# the author of a document.
_AUTHORED = compile_pattern(
    r"^(?:(?:the|a|an|new|latest|recent|preliminary|early|final|separate|independent|"
    r"official|its|their)\s+)*(?:[a-z-]+\s+)??(?P<doc>[a-z]+)\s+(?:(?:published|released|"
    r"compiled|conducted|issued|prepared|produced|commissioned)\s+)?(?:by|from)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
_SPOKESPERSON = compile_pattern(
    r"^(?:(?:a|an|the|one|another)\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|"
    r"representative|press\s+officer)\s+(?:for|of|at|from)\s+(?P<org>.+)$",
    re.IGNORECASE,
)
_BY_AUTHOR = compile_pattern(r"\bby\s+(?P<who>(?:the\s+)?[A-Z][^,]*)$")
_UNDECIDED = object()  # a rule that does not apply
_POSSESSIVE_DOCUMENT = compile_pattern(r"^(?P<own>its|their)\s+(?:[a-z-]+\s+){0,3}(?P<doc>[a-z]+)$")
_UNOWNED_REPORTS = compile_pattern(
    r"^(?:(?:some|several|many|other|unconfirmed|local|media|news|press|earlier|initial|recent|"
    r"previous|the)\s+)*(?:reports|media reports|accounts)$"
)
_FEMALE_NOUNS = frozenset("woman girl mother grandmother wife daughter sister lady".split())
_MALE_NOUNS = frozenset("man boy father grandfather husband son brother".split())
_UNNAMED_PERSON = compile_pattern(
    r"^(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>woman|man|girl|boy|mother|father|resident|"
    r"witness|survivor|student|teacher|nurse|doctor|worker|farmer|neighbour|neighbor|"
    r"shopkeeper|driver|passenger|villager|grandmother|grandfather|wife|husband|daughter|son|"
    r"sister|brother|lady|person)\b(?:\s+(?:in|from|of|aged|who)\b.*)?$"
)
_AUTHORS = frozenset({"the authors", "the study's authors", "the report's authors",
                      "its authors", "the researchers"})  # fmt: skip


@dataclass
class Entity:
    """Someone or something quoted in a document."""

    name: str
    kind: str  # "person", "org", "group"
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None  # "f" or "m", when the text tells
    number: int = field(default=-1, compare=False)  # its place in ``Resolver.entities``


def _called(entity: Entity, noun: str) -> bool:
    """Whether ``entity``'s name or an alias has the word ``noun`` ("health ministry")."""
    return any(noun in name.split() for name in (entity.name.lower(), *entity.aliases))


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", name))


def clean_phrase(phrase: str) -> tuple[str, str | None, str | None]:
    """The core name of a source phrase, its defined acronym and a trailing description.

    "the Institute for the Study of War (ISW) think tank" →
    ("Institute for the Study of War", "ISW", "think tank").
    """
    acronym = None
    m = _ACRONYM_DEF.search(phrase)
    descriptor = None
    if m:
        acronym = m.group(1)
        tail = phrase[m.end() :].strip(" ,")
        descriptor = tail.lower() or None
        phrase = phrase[: m.start()]
    words = phrase.replace("\u2019", "'").split()
    while words and words[0].lower() in GROUP_DETERMINERS:
        words = words[1:]
    return " ".join(words).strip(" ,"), acronym, descriptor


def person_name(words: list[str]) -> str | None:
    """The personal name in a phrase with titles: the capitalised run after the last title."""
    if not words:
        return None
    run: list[str] = []
    for word in reversed(words):
        bare = word.strip(",")
        if bare.lower() in TITLES or bare.lower().rstrip(".") in TITLES:
            break
        if _cap(bare) or (run and bare.lower() in _PARTICLES - {"of", "for", "the", "and", "&"}):
            run.insert(0, bare)
        else:
            break
    if not run or any(w.lower() in ORG_WORDS for w in run):
        return None
    if len(run) < len(words) and words[-len(run) - 1] in ("in", "at", "from", "near", "across"):
        return None  # "Authorities in Kansas City": a place, not a person
    if len(run) < len(words) and words[-len(run) - 1].lower() in ("of", "for", "and", "&"):
        return None  # "the Bureau of Economic Analysis": the end of an organisation's name
    if run[0].lower() in _PARTICLES:
        run = run[1:]
    if len(run) >= 2 and all(_name_word(w) or
                             w.lower() in _PARTICLES or re.fullmatch(r"al-[A-Z]\w+", w)
                             for w in run):  # fmt: skip
        return " ".join(run)
    if len(run) == 1 and len(words) > 1 and words[-2].lower().rstrip(".") in TITLES:
        if len(words) > 2 and words[-3].lower() in ("for", "of", "on"):
            return None  # "Center for Defense Strategies": an organisation's name
        return run[0]  # "Minister Shoigu"
    return None


def titled_people(text: str, known: dict[str, list[str]] | None = None) -> list[str]:
    """The people ``text`` names with a title ("Russian President Vladimir Putin" →
    "Vladimir Putin"), first and last name at least, in text order. A title and its name
    are in one paragraph (line); ``known`` keeps each line's people, so the versions of a
    story read a paragraph they share once."""
    known = {} if known is None else known
    people = []
    for line in text.split("\n"):
        found = known.get(line)
        if found is None:
            found = known[line] = _titled_people_of_line(line)
        people += found
    return people


def _titled_people_of_line(line: str) -> list[str]:
    people = []
    for m in _TITLED_NAME.finditer(line):
        name = person_name(m.group().split())
        if name and len(name.split()) >= 2:
            people.append(name)
    return people


class Resolver:
    """Resolves the source mentions of one document to shared names, in reading order."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._index = _EntityIndex()
        self.last_person: Entity | None = None
        self.last_org: Entity | None = None
        self.last_group: Entity | None = None
        self.last_author: Entity | None = None  # whose report "the report" is
        self.people: list[Entity] = []  # people in the order last mentioned
        self.authors: list[Entity] = []  # organisations named as authors of a document

    def learn_people(self, names: Iterable[str]) -> None:
        """Register people named with a title anywhere (:func:`titled_people`), so that a
        later bare "Putin" resolves to them."""
        for name in names:
            self._person(name)

    def resolve(self, phrase: str, in_quote: bool = False, description: str = "") -> str:
        """The name for ``phrase`` ("Kremlin spokesman Dmitry Peskov", "ISW", "he").

        ``description`` is an apposition ("a U.S.-based think tank"), remembered as another
        way the text may later name an organisation; "the report, released by the Urban
        Institute," names its author."""
        by = _BY_AUTHOR.search(description) if description else None
        if by and phrase.split()[-1].lower() in DOCUMENT_NOUNS:
            phrase, description = by.group("who"), ""
        entity = self._resolve(phrase)
        if by and entity is not None and entity.kind == "org":
            self._author(entity)
        if entity is None:
            core, _, _ = clean_phrase(phrase)
            return core or phrase.strip()
        if description and entity.kind == "org":
            described, _, _ = clean_phrase(description)
            self._alias(entity, described.lower())
            tail = " ".join(described.lower().split()[-2:])
            for generic in (tail, tail.split()[-1] if tail else ""):
                if generic in GENERIC_ORGS:
                    self._alias(entity, generic)
        if not in_quote:
            self._remember(entity)
        return entity.name

    def _remember(self, entity: Entity) -> None:
        if entity.kind == "person":
            self.last_person = entity
            if entity in self.people:
                self.people.remove(entity)
            self.people.append(entity)
        elif entity.kind == "org":
            self.last_org = entity
        else:
            self.last_group = entity

    def _resolve(self, phrase: str) -> Entity | None:
        return self.decide(phrase)[1]

    def decide(self, phrase: str) -> tuple[str, Entity | None]:
        """The rule that resolves ``phrase`` and its entity: rules tried in order."""
        lowered = " ".join(phrase.strip().lower().split())
        stripped = phrase.strip()
        for rule in _RESOLVER_RULES:
            decided = rule(self, stripped, lowered)
            if decided is not _UNDECIDED:
                return rule.__name__.lstrip("_"), decided
        return "named", self._named_phrase(phrase)

    def _personal_pronoun(self, phrase: str, lowered: str) -> object:
        """ "he", "she": the last person not known to be of the other gender."""
        if lowered in ("he", "she", "him", "her"):
            return self._pronoun("m" if lowered in ("he", "him") else "f")
        return _UNDECIDED

    def _the_authors(self, phrase: str, lowered: str) -> object:
        """ "the authors", "the researchers": the last document's author."""
        return self.last_author if lowered in _AUTHORS and self.last_author else _UNDECIDED

    def _spokesperson(self, phrase: str, lowered: str) -> object:
        """ "a spokesperson for the Interior Department": speaks as the department."""
        speaker = _SPOKESPERSON.match(phrase)
        if speaker:
            organisation = self._resolve(speaker.group("org"))
            if organisation is not None and organisation.kind == "org":
                return organisation
        return _UNDECIDED

    def _authored_document(self, phrase: str, lowered: str) -> object:
        """ "data from the Labor Department", "a report by X": the author."""
        authored = _AUTHORED.match(phrase)
        if not (authored and authored.group("doc").lower() in DOCUMENT_NOUNS):
            return _UNDECIDED
        author = self._resolve(authored.group("who"))
        if author is not None and author.kind == "org":
            self._author(author)
        return author

    def _it(self, phrase: str, lowered: str) -> object:
        return self.last_org if lowered in ("it", "its") else _UNDECIDED

    def _possessive_document(self, phrase: str, lowered: str) -> object:
        """ "its annual report", "their latest survey": the organisation "its" refers to."""
        m = _POSSESSIVE_DOCUMENT.match(lowered) if lowered.startswith(("its ", "their ")) else None
        if m and m.group("doc") in DOCUMENT_NOUNS:
            return self.last_author or self.last_org if m.group("own") == "its" else (
                self.last_group or self.last_org)  # fmt: skip
        return _UNDECIDED

    def _bare_document(self, phrase: str, lowered: str) -> object:
        if lowered in ("the report", "the study", "the statement", "the analysis"):
            return self.last_author or self.last_org
        return _UNDECIDED

    def _generic_organisation(self, phrase: str, lowered: str) -> object:
        """ "the company", "the ministry": the organisation last quoted, unless an earlier
        one is named so ("the health ministry said ... officials said ... the ministry said")."""
        words = lowered.split()
        if words and words[0] in ("the", "this") and " ".join(words[1:]) in GENERIC_ORGS:
            noun = words[-1]
            if self.last_org is None or _called(self.last_org, noun):
                return self.last_org
            named = (e for e in reversed(self.entities) if e.kind == "org" and _called(e, noun))
            return next(named, self.last_org)
        return _UNDECIDED

    def _they(self, phrase: str, lowered: str) -> object:
        return self.last_group or self.last_org if lowered == "they" else _UNDECIDED

    def _unowned_reports(self, phrase: str, lowered: str) -> object:
        """ "reports said", "media reports suggest": nobody's reports stay "reports"; only
        "its reports" or "the ministry's reports" name an author."""
        if not _UNOWNED_REPORTS.match(lowered):
            return _UNDECIDED
        entity = next((e for e in self.entities if e.name == lowered), None)
        if entity is None:
            entity = self._add(Entity(lowered, "group", {lowered}))
        return entity

    def _unnamed_person(self, phrase: str, lowered: str) -> object:
        """ "a woman in her 30s": a person the text leaves unnamed keeps the description,
        and a later "she" means her."""
        m = _UNNAMED_PERSON.match(lowered) if lowered.startswith(("a ", "an ", "one ")) else None
        if not m:
            return _UNDECIDED
        name = " ".join(phrase.split())
        name = name[0].lower() + name[1:]
        entity = next((e for e in self.entities if e.name == name), None)
        if entity is None:
            gender = "f" if m.group("noun") in _FEMALE_NOUNS else "m" if m.group(
                "noun") in _MALE_NOUNS else None  # fmt: skip
            entity = self._add(Entity(name, "person", {name.lower()}, gender))
        return entity

    def _named_phrase(self, phrase: str) -> Entity | None:
        """A name, an acronym or a document of a named author: "the ISW report"."""
        core, acronym, descriptor = clean_phrase(phrase)
        core, document = _strip_document(core)
        if not core:
            return (self.last_author or self.last_org) if document else None
        entity = self._named(core, acronym, descriptor)
        if document and entity.kind == "org":
            self._author(entity)
        return entity

    def _author(self, entity: Entity) -> None:
        self.last_author = entity
        if entity not in self.authors:
            self.authors.append(entity)

    def _pronoun(self, gender: str) -> Entity | None:
        """ "she": the last person not known to be a man, who is then known to be a woman."""
        for person in reversed(self.people or ([self.last_person] if self.last_person else [])):
            if person.gender in (None, gender):
                person.gender = gender
                return person
        return self.last_person

    def described(self, name: str) -> str:
        """ "country's disaster agency" → the one organisation whose name has "Disaster"
        in it, when exactly one has; else ``name`` unchanged."""
        m = _PLACE_DESCRIPTION.match(name)
        if not m:
            return name
        word = m.group(1).capitalize()
        found = {e.name for e in self.entities if e.kind == "org" and word in e.name.split()}
        return found.pop() if len(found) == 1 else name

    def only_author(self) -> str | None:
        """The one organisation named as a document's author, for a "study finds" headline
        read before the study's authors are named; ``None`` when there are several."""
        return self.authors[0].name if len(self.authors) == 1 else None

    def _named(self, core: str, acronym: str | None, descriptor: str | None) -> Entity:
        words = core.split()
        person = person_name(words) or _person_before_affiliation(words)
        if person:
            entity = self._person(person)
            titles = {w.lower() for w in words[: -len(person.split())]}
            if titles & MALE_TITLES:
                entity.gender = "m"
            elif titles & FEMALE_TITLES:
                entity.gender = "f"
            return entity
        found = self._known(core)
        if found:
            if acronym:
                self._alias(found, acronym.lower())
            return found
        return self._new(core, acronym, descriptor)

    def _person(self, name: str) -> Entity:
        """The first person named ``name`` or with its surname as an alias, else a new one."""
        surname = name.split()[-1].lower()
        numbers = self._index.people_named(name.lower())
        numbers += [n for n in self._index.owners(surname) if self.entities[n].kind == "person"]
        if numbers:
            entity = self.entities[min(numbers)]
            if len(name.split()) > len(entity.name.split()):
                self._index.rename(entity, name)
                entity.name = name
            return entity
        return self._add(Entity(name, "person", {name.lower(), surname}))

    def _known(self, core: str) -> Entity | None:
        """The latest entity ``core`` names: by an alias, as an organisation's acronym, or
        as a person's last name."""
        key = core.lower()
        numbers = self._index.owners(key)
        if len(key) > 1 and core.isupper():
            numbers += self._index.acronyms.get(core, [])
        if len(core.split()) == 1 and _cap(core):
            numbers += self._index.last_names.get(key, [])
        return self.entities[max(numbers)] if numbers else None

    def _add(self, entity: Entity) -> Entity:
        entity.number = len(self.entities)
        self.entities.append(entity)
        self._index.add(entity)
        return entity

    def _alias(self, entity: Entity, alias: str) -> None:
        entity.aliases.add(alias)
        self._index.alias(entity, alias)

    def _new(self, core: str, acronym: str | None, descriptor: str | None) -> Entity:
        core = _without_descriptor(core)
        words = core.split()
        kind = _kind_of(words)
        name = core
        aliases = {core.lower()}
        if acronym:
            aliases.add(acronym.lower())
        if core.isupper() and len(core) > 1:
            aliases.add(core.lower())
        if descriptor:
            aliases.add(descriptor)
        return self._add(Entity(name, kind, aliases))


class _EntityIndex:
    """Which entities (by number) hold an alias, an acronym or a person's name, so that
    resolving a mention does not scan every entity of a long document."""

    def __init__(self) -> None:
        self.aliases: dict[str, list[int]] = {}
        self.acronyms: dict[str, list[int]] = {}  # organisations, by their name's capitals
        self.last_names: dict[str, list[int]] = {}  # people, by their name's last word
        self.names: dict[str, list[int]] = {}  # people, by their whole name (lower case)

    def add(self, entity: Entity) -> None:
        for alias in entity.aliases:
            self.alias(entity, alias)
        if entity.kind == "org":
            self.acronyms.setdefault(_acronym(entity.name), []).append(entity.number)
        elif entity.kind == "person":
            self._name(entity, entity.name, add=True)

    def alias(self, entity: Entity, alias: str) -> None:
        owners = self.aliases.setdefault(alias, [])
        if entity.number not in owners:
            owners.append(entity.number)

    def rename(self, person: Entity, name: str) -> None:
        self._name(person, person.name, add=False)
        self._name(person, name, add=True)

    def _name(self, person: Entity, name: str, add: bool) -> None:
        keys = ((self.names, name.lower()), (self.last_names, name.split()[-1].lower()))
        for table, key in keys:
            numbers = table.setdefault(key, [])
            if add:
                numbers.append(person.number)
            else:
                numbers.remove(person.number)

    def owners(self, alias: str) -> list[int]:
        return list(self.aliases.get(alias, ()))

    def people_named(self, lowered: str) -> list[int]:
        return list(self.names.get(lowered, ()))


# The rules of Resolver.decide, tried in order; a rule returns _UNDECIDED when it does not apply.
_RESOLVER_RULES = (
    Resolver._personal_pronoun,
    Resolver._the_authors,
    Resolver._spokesperson,
    Resolver._authored_document,
    Resolver._it,
    Resolver._possessive_document,
    Resolver._bare_document,
    Resolver._generic_organisation,
    Resolver._they,
    Resolver._unowned_reports,
    Resolver._unnamed_person,
)

_PLACE_ADJECTIVE = compile_pattern(
    r"[A-Z][\w.'’]*-(?:based|born|owned|led|backed|run|funded|linked|affiliated|headquartered)$"
)


def _without_descriptor(core: str) -> str:
    """ "grocer Bell & Ward" → "Bell & Ward", "Dutch chipmaker Corvex" → "Corvex";
    "analysts at Moody's" keeps its preposition and stays a group."""
    words = core.split()
    if len(words) > 1 and _PLACE_ADJECTIVE.match(words[0]):
        words = words[1:]  # "Washington-based Institute for ..." → "Institute for ..."
        core = " ".join(words)
    i = len(words)
    while i > 0 and (_cap(words[i - 1]) or words[i - 1] in _PARTICLES):
        i -= 1
    if 0 < i < len(words) and words[i - 1].islower() and words[i - 1] not in _LINKS:
        run = words[i:]
        while run and run[0] in _PARTICLES:
            run = run[1:]
        return " ".join(run) or core
    return core


def _name_word(word: str) -> bool:
    """ "Peskov", "Marković", "O'Neill", "J.": a word of a personal name, accents allowed."""
    if re.fullmatch(r"[A-Z]\.|[A-Z]{2,3}", word):
        return True  # "J.", "VN Vasavan", "Umesh NSK"
    return (
        word[:1].isupper() and word[-1:].islower() and all(c.isalpha() or c in "'’-" for c in word)
    )


def _person_before_affiliation(words: list[str]) -> str | None:
    """ "Dr. Mary Hamel of the WHO", "Mark Zandi at Moody's": the person, not the place."""
    for i, word in enumerate(words):
        if word in ("of", "at", "from", "with") and i >= 2:
            return person_name(words[:i])
    return None


def _strip_document(core: str) -> tuple[str, bool]:
    """ "ISW report" → ("ISW", True); "think tank's report" → ("think tank", True);
    "U.S. Geological Survey" is a name, not a survey."""
    words = core.split()
    named = len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper()
    if words and words[-1].lower() in DOCUMENT_NOUNS and not named:
        rest = " ".join(words[:-1])
        rest = re.sub(r"['’]s?$", "", rest)
        rest = re.sub(r"^(?:new|latest|recent|daily|annual|monthly)(?:\s+|$)", "", rest, flags=re.I)
        return rest, True
    return core, False


def _kind_of(words: list[str]) -> str:
    if any(w.lower().strip(",") in ORG_WORDS for w in words):
        return "org"
    if len(words) == 1 and _cap(words[0]):
        return "org"  # "Russia", "ISW", "Ukraine": speaks as one
    if words and words[-1].lower().endswith("s") and not _cap(words[-1]):
        return "group"  # "experts", "Russian pro-war milbloggers"
    if all(_cap(w) or w.lower() in _PARTICLES for w in words):
        return "org"
    return "group" if not _cap(words[-1]) else "org"


def is_pronoun(phrase: str) -> bool:
    return phrase.strip().lower() in _PRONOUNS
