"""The text of a story or answer that the conflict patterns read: the question's frame ('kan ARAG helpen?'),
the modules on the policy and denied subjects ('het gaat niet over een scheiding') left out.

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re

from flexbot.dutch import fold
from flexbot.flexpolis.conflict_cues import OWN_INSURER_REFUSES
from flexbot.flexpolis.dialogue_policy import MODULE_NAME, MODULES_ON_POLICY

# The question's frame ("kan ARAG helpen?", "dekt mijn rechtsbijstandverzekering ...") is not the
# conflict, unless the conflict is with ARAG or an insurer itself.
WITH_INSURER = re.compile(
    # not "wat kan ik doen met ARAG?", "kan ik daar terecht met mijn verzekering" (round 43)
    r"(?<!doen )(?<!terecht )(?<!regelen )(?<!hulp )(?<!iets )\b(met|tegen) (de |mijn |jullie )?(arag|verzekeraar|verzekering|"
    r"rechtsbijstand\w*)\b(?! (hier |daar )?(tegen ?in|in bezwaar|bezwaar|in beroep|naar de rechter|een procedure))|"
    r"\b(arag|verzekeraar) (weigert|wil niet|betaalt niet|keurt)|\bmijn premie\b|"
    # the customer's own insurer refuses a claim: a consumer contract (C&W 2b; Verkeer 3e for a vehicle)
    r"\b(verzekering|verzekeraar)\b.{0,20}\b(keert|betaalt|vergoedt|wil|weigert)\b.{0,20}\b(niet|niks|niets|uit)\b"
)
FRAME = re.compile(r"\b(arag|flexpolis|polis|rechtsbijstand\w*|(?<!-)verzekering|jullie)\b")
ARAG_FRAME = re.compile(r"\b(arag|flexpolis|rechtsbijstand\w*|jullie)\b")
# Verb forms the conflict patterns do not know yet (reported for flexbot/flexpolis/conflicts.py).
VERB_FORMS = (
    (re.compile(r"\bscheiden\b"), "scheiding"),
    (re.compile(r"\bontslaan\b"), "ontslag"),
    (re.compile(r"\bgeleend\b(?= aan)"), "uitgeleend"),
)


# "Het gaat niet over een scheiding": a denied subject is not the conflict.
DENIED = re.compile(
    r"\b(gaat|ging|is|heeft)( het)? (helemaal )?(niet|geen) (over|om|te maken met) (een |de |het |mijn )?[\w-]+"
)


def conflict_text(text: str) -> str:
    t = DENIED.sub(" ", fold(text))
    t = MODULE_NAME.sub(" ", MODULES_ON_POLICY.sub(" ", t))  # "ik heb Verkeer": the policy, not the story
    if OWN_INSURER_REFUSES.search(t) and not WITH_INSURER.search(t):
        t = ARAG_FRAME.sub(
            " ", t
        )  # round 70: "Mijn verzekering van het huis ... wil niet": the insurer stays, ARAG goes
    elif not WITH_INSURER.search(t):
        t = FRAME.sub(" ", t)
    for pattern, replacement in VERB_FORMS:
        t = pattern.sub(replacement, t)
    return t
