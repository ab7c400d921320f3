"""A small flood story for the Reuse window and the reports' Reuse section: agency copy,
an outlet that runs most of it with one edit, and an unrelated story (written for the tests)."""

AGENCY = (
    "Flood warning for the river valley\n\n"
    "Heavy rain caused the river to burst its banks on Tuesday. "
    "About 300 homes were evacuated in the town of Eastmoor. "
    "The mayor said the emergency shelters were open all night. "
    "Forecasters expect more rain on Thursday and Friday."
)
COPY = (
    "River floods Eastmoor\n\n"
    "Heavy rain caused the river to burst its banks on Tuesday. "
    "About 300 homes were evacuated in the town of Eastmoor. "
    "The mayor said the emergency shelters were open through the night. "
    "Local shops stayed closed and schools sent pupils home early."
)
OTHER = (
    "Council budget approved\n\n"
    "The council approved its budget for the coming year after a long debate. "
    "Spending on parks will rise while road repairs are delayed."
)
