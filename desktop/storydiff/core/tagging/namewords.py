"""Word lists for naming sources: titles, organisation words, document nouns."""

from __future__ import annotations

from storydiff.core.tagging import lexicon

TITLES = frozenset(w.lower() for w in lexicon.TITLES) | {
    "sen", "rep", "gov", "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "rev", "capt"
}  # fmt: skip
# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS = frozenset(w.lower() for w in lexicon.ORGANISATION_WORDS)
GROUP_DETERMINERS = lexicon.GROUP_DETERMINERS
DOCUMENT_NOUNS = frozenset(lexicon.DOCUMENT_NOUNS)
GENERIC_ORGS = frozenset(lexicon.GENERIC_ORGANISATIONS) | {"think tank", "think-tank"}
MALE_TITLES = frozenset(
    {
        "mr",
        "mr.",
        "sir",
        "lord",
        "king",
        "prince",
        "congressman",
        "councilman",
        "assemblyman",
        "alderman",
        "spokesman",
        "chairman",
    }
)
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen",
                            "princess", "congresswoman", "councilwoman", "assemblywoman",
                            "alderwoman", "spokeswoman", "chairwoman", "baroness"})  # fmt: skip
