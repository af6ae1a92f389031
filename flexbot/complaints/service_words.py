"""Words that name ARAG's side in a message told during a coverage check: its staff, its service, its
answers, the chat itself. Shared by the complaint hook (actions/complaints.py: dissatisfaction told mid-check
that names none of these is about the opponent) and the NLU's complaint routing (bot/components/
complaint_intent.py: dissatisfaction mid-check that names one of these with a word of blame is a complaint).
Not part of the detector's model (flexbot/complaints/train.py CODE_FILES): changing it retrains nothing."""

from __future__ import annotations

import re

# Words that put ARAG's side in a message told during a coverage check: its staff, its service,
# its answers, the chat itself. "de verzekering afsloot", "op mijn polis" tell the conflict's
# timeline and the modules, so they do not count here.
ARAG_NAMED = re.compile(
    r"\b(arag\w*|jullie|klantenservice|klachtenbureau|klacht\w*|behandelaar|medewerker\w*|jurist\w*|"
    r"chatbot|bot|robot|computer|premie|service|dienstverlening|teruggebeld|terugbellen|dossier|melding|claim|"
    # ARAG's own rules just explained: "slecht geregeld dat ik dat rapport moet voorschieten" (art. 9)
    r"voorschieten|voorschiet|voorwaarden|polisvoorwaarden|"
    r"(mijn|de|onze) zaak (ligt|loopt|duurt|staat)|(niemand|nooit) (belt|reageert|antwoordt)|"
    # round 14: ARAG's phone service and the wish to complain ("drie keer doorverbonden en toen opgehangen.
    # Daar wil ik over klagen"), also in the middle of a check
    r"doorverbonden|doorgeschakeld|wachtrij|in de wacht|"
    r"(over|wil ik|ga ik|kom ik) (\w+ ){0,3}klagen|klagen over (het|de|jullie|uw) (gesprek|telefoon\w*|behandeling|service))\b|"
    r"\b(u|je) (begrijpt|snapt|luistert|helpt) (me |mij )?(niet|niks|niets)\b"
    # round 173: ARAG addressed as "u" in a letter ("met uw afdeling", "mijn beklag doen"), its promise of an answer in
    # 2 werkdagen, a case reported and nothing heard since ("drie weken geleden gemeld en ik hoor niks")
    r"|\buw (afdeling|organisatie|maatschappij|bedrijf|kantoor|medewerkers?|mensen)\b|\bbeklag\b"
    r"|\b(2|twee) werkdagen\b|\bgemeld\b[^.?!]{0,30}\b(hoor|horen|hoorde|gehoord) (\w+ )?(niks|niets|nooit)\b"
)
# ... or that it takes long, which mid-check may be ARAG's handling as well as the opponent's.
ARAG_SIDE = re.compile(ARAG_NAMED.pattern + r"|\b(duurt|duren) (\w+ )?(veel |te |zo |erg )*lang\b")
