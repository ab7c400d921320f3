"""Word lists for naming sources: titles, organisation words, document nouns."""

from __future__ import annotations

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
    Member Councilmember Assemblymember Assemblyman Assemblywoman Alderman Alderwoman
    Trustee Supervisor Delegate Selectman Comptroller Treasurer Auditor Marshal Coroner
    Gov. Sgt Lt Capt Col Maj Gen Adm Dr Mr Mrs Ms Prof Rev Sen Rep Gov
    """.split()
) | {"sen", "rep", "gov", "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "rev", "capt"}
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
    Newsweek CNN BBC NATO UN EU IMF WHO Lab Labs Laboratory Laboratories Consortium
    Partners Holdings Capital Insights Collective Academy Institution Registry Tribunal
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
    "bulletin estimate estimates forecast projections poll website blog message note "
    "consensus".split()
)
# "the company", "the ministry": the organisation last quoted, when the text names none.
GENERIC_ORGS = frozenset(
    "company firm group bank ministry agency retailer carmaker automaker airline lender "
    "insurer organization organisation institute department regulator union court military "
    "army government administration newspaper broadcaster club party".split()
) | {"think tank", "think-tank"}
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
