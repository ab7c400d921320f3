"""Turn a source phrase into a name, and resolve mentions within one document.

"Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov"; "the Institute for the Study
of War (ISW) think tank" → "Institute for the Study of War", after which "ISW",
"the ISW report", "the think tank", "the report" and "it" mean that institute;
"he" means the last named person; "Peskov" means "Dmitry Peskov". Groups keep
their wording: "Some experts" → "experts".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TITLES = frozenset(
    w.lower()
    for w in """
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
    """.split()
)
# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS = frozenset(
    w.lower()
    for w in """
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
    Newsweek CNN BBC NATO UN EU IMF WHO
    """.split()
)
GROUP_DETERMINERS = frozenset(
    "the a an some many several most other others both all few numerous various these those "
    "such one two three four five multiple certain".split()
)
# Nouns for a document a source speaks through: "the ISW report", "the think tank's report".
DOCUMENT_NOUNS = frozenset(
    "report reports statement study analysis assessment update survey data figures article "
    "paper memo document release post tweet filing findings research review brief briefing "
    "bulletin estimate estimates forecast projections poll website blog message note".split()
)
# "the company", "the ministry": the organisation last quoted, when the text names none.
GENERIC_ORGS = frozenset(
    "company firm group bank ministry agency retailer carmaker automaker airline lender "
    "insurer organization organisation institute department regulator union court military "
    "army government administration newspaper broadcaster club party".split()
) | {"think tank", "think-tank"}
_PARTICLES = frozenset("of for the and & de del der van von al bin da di le la du ibn el".split())
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_TITLE_ALT = "|".join(sorted((re.escape(t) for t in TITLES if t.isalpha()), key=len, reverse=True))
_TITLED_NAME = re.compile(rf"\b(?i:{_TITLE_ALT})\.?\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w'’-]+")
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})


@dataclass
class Entity:
    """Someone or something quoted in a document."""

    name: str
    kind: str  # "person", "org", "group"
    aliases: set[str] = field(default_factory=set)


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
    if run[0].lower() in _PARTICLES:
        run = run[1:]
    if len(run) >= 2 and all(re.fullmatch(r"[A-Z][A-Za-z'’-]*[a-z]|[A-Z]\.", w) or
                             w.lower() in _PARTICLES or re.fullmatch(r"al-[A-Z]\w+", w)
                             for w in run):  # fmt: skip
        return " ".join(run)
    if len(run) == 1 and len(words) > 1 and words[-2].lower().rstrip(".") in TITLES:
        return run[0]  # "Minister Shoigu"
    return None


class Resolver:
    """Resolves the source mentions of one document to shared names, in reading order."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.last_person: Entity | None = None
        self.last_org: Entity | None = None
        self.last_group: Entity | None = None
        self.last_author: Entity | None = None  # whose report "the report" is

    def learn_people(self, text: str) -> None:
        """Register people named with a title anywhere ("Russian President Vladimir Putin"),
        so that a later bare "Putin" resolves to them."""
        for m in _TITLED_NAME.finditer(text):
            name = person_name(m.group().split())
            if name and len(name.split()) >= 2:
                self._person(name)

    def resolve(self, phrase: str, in_quote: bool = False, description: str = "") -> str:
        """The name for ``phrase`` ("Kremlin spokesman Dmitry Peskov", "ISW", "he").

        ``description`` is an apposition ("a U.S.-based think tank"), remembered as another
        way the text may later name an organisation."""
        entity = self._resolve(phrase)
        if entity is None:
            core, _, _ = clean_phrase(phrase)
            return core or phrase.strip()
        if description and entity.kind == "org":
            described, _, _ = clean_phrase(description)
            entity.aliases.add(described.lower())
            tail = " ".join(described.lower().split()[-2:])
            for generic in (tail, tail.split()[-1] if tail else ""):
                if generic in GENERIC_ORGS:
                    entity.aliases.add(generic)
        if not in_quote:
            self._remember(entity)
        return entity.name

    def _remember(self, entity: Entity) -> None:
        if entity.kind == "person":
            self.last_person = entity
        elif entity.kind == "org":
            self.last_org = entity
        else:
            self.last_group = entity

    def _resolve(self, phrase: str) -> Entity | None:
        lowered = phrase.strip().lower()
        if lowered in ("he", "she", "him", "her"):
            return self.last_person
        if lowered in ("it", "its"):
            return self.last_org
        if lowered in ("the report", "the study", "the statement", "the analysis"):
            return self.last_author or self.last_org
        if lowered.split()[0] in ("the", "this") and " ".join(lowered.split()[1:]) in GENERIC_ORGS:
            return self.last_org
        if lowered == "they":
            return self.last_group or self.last_org
        core, acronym, descriptor = clean_phrase(phrase)
        core, document = _strip_document(core)
        if not core:
            return (self.last_author or self.last_org) if document else None
        entity = self._named(core, acronym, descriptor)
        if document and entity.kind == "org":
            self.last_author = entity
        return entity

    def _named(self, core: str, acronym: str | None, descriptor: str | None) -> Entity:
        words = core.split()
        person = person_name(words) or _person_before_affiliation(words)
        if person:
            return self._person(person)
        found = self._known(core)
        if found:
            if acronym:
                found.aliases.add(acronym.lower())
            return found
        return self._new(core, acronym, descriptor)

    def _person(self, name: str) -> Entity:
        surname = name.split()[-1].lower()
        for entity in self.entities:
            if entity.kind == "person" and (
                entity.name.lower() == name.lower() or surname in entity.aliases
            ):
                if len(name.split()) > len(entity.name.split()):
                    entity.name = name
                return entity
        entity = Entity(name, "person", {name.lower(), surname})
        self.entities.append(entity)
        return entity

    def _known(self, core: str) -> Entity | None:
        key = core.lower()
        single = len(core.split()) == 1 and _cap(core)
        for entity in reversed(self.entities):
            if key in entity.aliases:
                return entity
            if (
                entity.kind == "org"
                and len(key) > 1
                and core.isupper()
                and _acronym(entity.name) == core
            ):
                return entity
            if single and entity.kind == "person" and key == entity.name.split()[-1].lower():
                return entity
        return None

    def _new(self, core: str, acronym: str | None, descriptor: str | None) -> Entity:
        words = core.split()
        kind = _kind_of(words)
        name = core
        entity = Entity(name, kind, {core.lower()})
        if acronym:
            entity.aliases.add(acronym.lower())
        if core.isupper() and len(core) > 1:
            entity.aliases.add(core.lower())
        if descriptor:
            entity.aliases.add(descriptor)
        self.entities.append(entity)
        return entity


def _person_before_affiliation(words: list[str]) -> str | None:
    """ "Dr. Mary Hamel of the WHO", "Mark Zandi at Moody's": the person, not the place."""
    for i, word in enumerate(words):
        if word in ("of", "at", "from", "with") and i >= 2:
            return person_name(words[:i])
    return None


def _strip_document(core: str) -> tuple[str, bool]:
    """ "ISW report" → ("ISW", True); "think tank's report" → ("think tank", True)."""
    words = core.split()
    if words and words[-1].lower() in DOCUMENT_NOUNS:
        rest = " ".join(words[:-1])
        rest = re.sub(r"['’]s?$", "", rest)
        rest = re.sub(r"^(?:new|latest|recent|new|daily|annual|monthly)\s+", "", rest, flags=re.I)
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
