"""Free Dutch answers in the coverage check -> checker inputs (pure functions, no Rasa).

The form keeps one `CheckState` (serialised in the slot `cc_state`) and asks for the first
input the checker still misses. `parse_answer(name, text)` reads the customer's reply to that
question; `facts_in_description(text)` picks up what a free description already tells ("ruzie met mijn
buurman over 300 euro in Frankrijk"). Amounts, countries and conflicts are parsed by bot/policy.

This module is the public face; the code lives in:
- `dialogue_state`: `CheckState` and adding answers to it (`apply`, `skip`, `get`)
- `dialogue_replies`: yes/no, private or business, the outcome of a criminal case
- `dialogue_policy`: the modules, options and 'alleenstaand' the customer names
- `dialogue_people`: who has the conflict (art. 1), a relative the story is about
- `dialogue_conflict`: the text the conflict patterns read
- `dialogue_country`: where a described conflict plays (art. 8)
- `dialogue_amounts`: amounts in euros (art. 11g)
- `dialogue_dates`: dates and times (art. 9 first event, art. 11c after the end, C&W 2i)
- `dialogue_description`: everything a description or answer tells (`facts_in_description`)
- `dialogue_answers`: the reply to one question (`parse_answer`) and the question (`question`)
"""

from __future__ import annotations

from flexbot.flexpolis.dialogue_amounts import (
    EURO_MARK as EURO_MARK,
)
from flexbot.flexpolis.dialogue_amounts import (
    amount_in_text as amount_in_text,
)
from flexbot.flexpolis.dialogue_amounts import (
    per_piece as per_piece,
)
from flexbot.flexpolis.dialogue_amounts import (
    policy_amount_asked as policy_amount_asked,
)
from flexbot.flexpolis.dialogue_amounts import (
    recurring as recurring,
)
from flexbot.flexpolis.dialogue_answers import (
    Answer as Answer,
)
from flexbot.flexpolis.dialogue_answers import (
    parse_answer as parse_answer,
)
from flexbot.flexpolis.dialogue_answers import (
    question as question,
)
from flexbot.flexpolis.dialogue_conflict import (
    conflict_text as conflict_text,
)
from flexbot.flexpolis.dialogue_country import (
    country_in_description as country_in_description,
)
from flexbot.flexpolis.dialogue_dates import (
    MONTHS as MONTHS,
)
from flexbot.flexpolis.dialogue_dates import (
    POLICY_SINCE as POLICY_SINCE,
)
from flexbot.flexpolis.dialogue_dates import (
    first_event_in_text as first_event_in_text,
)
from flexbot.flexpolis.dialogue_dates import (
    inheritance_timing as inheritance_timing,
)
from flexbot.flexpolis.dialogue_dates import (
    reported_after_end as reported_after_end,
)
from flexbot.flexpolis.dialogue_dates import (
    since_year as since_year,
)
from flexbot.flexpolis.dialogue_description import (
    facts_in_answer as facts_in_answer,
)
from flexbot.flexpolis.dialogue_description import (
    facts_in_description as facts_in_description,
)
from flexbot.flexpolis.dialogue_description import (
    undictated as undictated,
)
from flexbot.flexpolis.dialogue_people import (
    CHILD as CHILD,
)
from flexbot.flexpolis.dialogue_people import (
    USES_MY_POLICY as USES_MY_POLICY,
)
from flexbot.flexpolis.dialogue_people import (
    corrected_to_living_apart as corrected_to_living_apart,
)
from flexbot.flexpolis.dialogue_people import (
    household_opponent as household_opponent,
)
from flexbot.flexpolis.dialogue_people import (
    involved_in_description as involved_in_description,
)
from flexbot.flexpolis.dialogue_people import (
    parse_involved as parse_involved,
)
from flexbot.flexpolis.dialogue_people import (
    relative_in_description as relative_in_description,
)
from flexbot.flexpolis.dialogue_policy import (
    MODULE_NAME as MODULE_NAME,
)
from flexbot.flexpolis.dialogue_policy import (
    MODULES_ASKED as MODULES_ASKED,
)
from flexbot.flexpolis.dialogue_policy import (
    MODULES_ON_POLICY as MODULES_ON_POLICY,
)
from flexbot.flexpolis.dialogue_policy import (
    alleenstaand_in_text as alleenstaand_in_text,
)
from flexbot.flexpolis.dialogue_policy import (
    options_in_text as options_in_text,
)
from flexbot.flexpolis.dialogue_policy import (
    parse_modules as parse_modules,
)
from flexbot.flexpolis.dialogue_replies import (
    NOT_EMPLOYED as NOT_EMPLOYED,
)
from flexbot.flexpolis.dialogue_replies import (
    ROLE_ZAKELIJK as ROLE_ZAKELIJK,
)
from flexbot.flexpolis.dialogue_replies import (
    parse_outcome as parse_outcome,
)
from flexbot.flexpolis.dialogue_replies import (
    parse_role as parse_role,
)
from flexbot.flexpolis.dialogue_replies import (
    yes_no as yes_no,
)
from flexbot.flexpolis.dialogue_state import (
    EXPLICIT as EXPLICIT,
)
from flexbot.flexpolis.dialogue_state import (
    CheckState as CheckState,
)
from flexbot.flexpolis.dialogue_state import (
    _forget as _forget,
)
from flexbot.flexpolis.dialogue_state import (
    apply as apply,
)
from flexbot.flexpolis.dialogue_state import (
    get as get,
)
from flexbot.flexpolis.dialogue_state import (
    skip as skip,
)
