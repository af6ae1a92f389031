"""After the verdict: a reply that adds a fact, another story on the same policy, a question about the
verdict or the answer just given, a call-back number, the policy told after a general answer, and
'meer uitleg' on the last answer."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import earlier_in_another_language, previous_text, previous_topic
from actions.coverage_answers import ROLE_WORD
from actions.coverage_policy import POLICY, POLICY_FACTS, TOLD, _kept_policy, _policy_before
from actions.coverage_questions import _faq_for
from actions.coverage_slots import MAX_DETAIL_WORDS, MIN_DETAIL_WORDS, STATE, _asks, _extras, forgotten
from actions.coverage_story import FOLLOW_UP, OBJECTION, _amount_changed, _facts_in
from flexbot.dutch import fold
from flexbot.flexpolis import (
    check_reply,
    conflict_cues,
    dialogue_amounts,
    faq_turn,
    language_answer,
    matters,
    replies,
    story_facts,
)
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.checker import NIET_GEDEKT
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.knowledge import knowledge
from flexbot.flexpolis.money import parse_money

TOTAL = re.compile(r"[^,.;?!]*\b(in totaal|totaal|bij elkaar|alles samen|samen dus|opgeteld)\b[^,.;?!]*")


ALSO = re.compile(r"\b(ook|daarnaast|allebei|beide|en ook)\b")


# "Wat kunnen jullie dan wel doen?" after a 'not covered': what ARAG still offers (Inleiding).
WHAT_ELSE = re.compile(
    r"\b(op een andere manier|anders) (nog )?(iets|wat) (voor|aan) (me|mij|ons) (\w+ )?doen\b|"  # round 54
    r"\bwat (kunnen|kan|kunt|doen) (jullie|u|arag)( dan)?( nog)? wel\b|\bwat kan ik (dan|nu)( nog)? (wel )?doen\b|"
    r"\b(helpen|doen|kunnen) jullie (dan )?(helemaal )?(niets?|niks)\b|\bwaar kan ik (dan|nu) (nog |wel )*terecht\b|"
    # round 94: "dus ik sta met lege handen??", "Kan ik voor zoiets dan nog ergens goedkoper terecht via jullie?"
    r"\b(sta|staan) (ik|we|wij) (dan |dus |nu |helemaal |echt )*met lege handen\b|\b(ik|we|wij) (sta|staan) (dan |dus |nu |"
    r"helemaal |echt )*met lege "
    r"handen\b|\b(goedkoper|met korting) (\w+ ){0,2}(terecht|geholpen|hulp)\b|"
    # round 92: advice only ("Kunnen jullie me dan alleen vertellen hoe het zit met bomen vlak bij de erfgrens?")
    r"\b(kunnen|kan|kunt) (jullie|u|arag) ((me|mij|ons|dan|alleen|wel|even|toch|misschien) ){0,4}(vertellen|uitleggen|"
    r"zeggen) (hoe|wat) het zit\b|\b(alleen|wel|even|dan) (een )?(advies|adviesje)\b|"
    # disappointment: "dus ik heb helemaal niks aan deze polis?", "wat heb ik dan aan die verzekering?"
    r"\b((heb|hebben) (ik|we|wij)|(ik|we|wij) (heb|hebben)) (dan |er |daar |dus )*(helemaal |eigenlijk |echt )*"
    r"(niks|niets) aan\b|"
    r"\bwat (heb|hebben) (ik|we|wij) (dan |er |eigenlijk |nou |nu )*aan\b|\bwaar(voor|om) betaal ik (dan|eigenlijk|nou)\b|"
    # "Kan ik dan nog ergens advies krijgen?", "waar kan ik dan wel advies vragen?"
    r"\b(ergens|nog|wel|dan|toch)\b( \w+){0,3} (juridisch )?advies\b|\badvies (krijgen|vragen|halen|inwinnen)\b|"
    # "balen. wat kan ik dan nog wel?", "wat kunnen jullie dan wel voor me doen?"
    r"\bwat (kan|kunnen) (ik|we|wij|jullie|u) (dan |nu |nog |eigenlijk )*(nog )?wel\b|"
    # round 134: "Wat kan ik dan nog?", "Dus jullie kunnen helemaal niks? Ook niet adviseren?"
    r"\bwat (kan|kunnen) (ik|we|wij) (dan |nu |eigenlijk )*nog\b|\b(jullie|u|arag) (kunnen|kan|kunt|doen|doet) (dan |dus |echt "
    r"|nu )*(helemaal )?(niks|niets)\b|\b(ook )?(niet|geen) (adviseren|advies geven)\b|"
    # "is er dan nog iets anders wat jullie voor me kunnen doen?" (round 17)
    r"\b(iets|wat) (anders )?(wat|dat) (jullie|u|arag) (dan )?(nog )?(wel )?(voor (me|mij|ons) )?(kunnen|kunt|kan) doen\b"
)


# "Wat kost een advocaat dan?" after a 'not covered': the customer would pay, so what ARAG still offers.
COST_OF_HELP = re.compile(
    r"\b(wat|hoeveel) (kost|kosten)\b|\b(moet|mag) ik (het |dat |alles |die |een advocaat )?(dan )?(zelf|allemaal) "
    r"(betalen|regelen|doen|zoeken)\b|\bzelf (een )?(advocaat|jurist) (zoeken|nemen|betalen|inschakelen|regelen)\b"
)


# "Waarom niet?" after a verdict: the reason, with its article.
WHY_NOT = re.compile(r"^(waarom|hoezo|hoe komt dat|hoe dat zo|en waarom)\b")


# "Mag dat zomaar?", "echt waar?": a question back on the answer just given, naming nothing new.
BACK_REFERENCE = re.compile(r"\b(dat|dit|zomaar|echt|zeker|ook als|altijd)\b")


# "Wat bedoelt u met zakelijk?" after a verdict: the verdict's words explained.
WHAT_MEANT = re.compile(
    r"\b(wat|hoe) (bedoelt u|bedoel je|bedoelen jullie|betekent|verstaat u|verstaan jullie)\b|"
    r"\bwat (is|zijn) (dat|dan)( precies)?\b|\bwat houdt (dat|dit) in\b"
)


BUSINESS_WORDS = re.compile(r"\b(zakelijk|prive|zelfstandige|zzp\w*|bedrijf|eenmanszaak|naast mijn (baan|werk))\b")


PRIVATE_ROLE = (
    "De verzekering geldt voor u in de rol van particulier, niet in situaties waarin u inkomsten verwerft "
    "buiten loondienst (inleiding Flexpolis-voorwaarden). Dat geldt ook voor werk dat u een paar dagen per week "
    "naast een baan in loondienst doet: ook daarmee verwerft u inkomsten buiten loondienst."
)


def still_offered() -> str:
    """What ARAG offers when a conflict is not covered: first advice free, then a discount."""
    return f"Ook dan helpt ARAG u. {faq_turn.offer_when_not_covered()}"


def _verdict_short(state: CheckState) -> str:
    """The verdict's short answer again; after a 'not covered', with what ARAG still offers (Inleiding)."""
    short = talk.short_and_details(talk.final_text(state))[0]
    return f"{short} {still_offered()}" if state.verdict().status == NIET_GEDEKT else short


# Round 90: "Maar in jullie voorwaarden staat toch iets over landen aan de Middellandse Zee?": art. 6's maximum.
MEDITERRANEAN = re.compile(r"\b(middellandse ?zee\w*|mediterran\w*|mediterranean)\b")


# "Waar kan ik dat dan wel voor verzekeren?" after a 'not covered' (round 17): the cover the exclusion points
# to (Verkeer 4c: the ProRechtCombinatie Zakelijke Markt), else what ARAG still offers.
WHERE_INSURED = re.compile(
    r"\b(waar|hoe) (kan|kun|moet) ik (me |mij |dat |dit |zoiets |het )?(daar |daarvoor )?(dan |nu )?(wel |nog )?(voor )?"
    r"(verzeker\w*|laten verzekeren)\b|"
    r"\b(welke|andere|een andere) (verzekering|polis|module)\b.{0,30}\b(dan |nou )?(wel|nodig)\b"
)


def where_insured(state: CheckState) -> str:
    k = knowledge()
    kind = k.conflict_kinds.get(state.question.conflict or "", {})
    if not kind.get("note"):
        return still_offered()
    cite = k.cite([kind["excluded_by"]]) if kind.get("excluded_by") else ""
    return f"{k.render(kind['note']).rstrip('.')} {cite}".rstrip() + "."


# "en als dit gewoon privé was gebeurd?": the same story with one fact changed (read by _after_verdict)
SAME_STORY = re.compile(r"^\W*(en |maar )?(als|stel( nou)? dat|wat (nu |dan )?als|en wat als) (dit|dat|het|die|deze)\b")


# "En als het de hond van een wandelaar was geweest?", "en als ik daar een ongeluk had gehad met die camper?":
# the same policy, another story.
HYPOTHETICAL = re.compile(
    r"^\W*(en |maar )?(als|stel( nou)?( dat)?|wat (nu |dan )?als|en wat als)\b(?=.*\b(had|hadden|was|waren|zou|zouden)\b)"
    r".{3,200}$"
)

# Round 60: "En in Dubai?", "en buiten Europa dan?" right after an answer that named a country: the same story there.
# Round 179: "en hier in nederland?"
ANOTHER_PLACE = re.compile(
    r"^\W*(en|maar|of)( als het)?( hier| daar| gewoon| gewoon hier)? (in|op|naar) [^?.!]{2,40}\??( dan)?\W*$"
)


# Round 60: a hypothetical ride outside work hours ("en als het in het weekend was gebeurd?"); in a story itself the weekend
# says nothing ("ik rij in het weekend voor Uber").
OFF_WORK = re.compile(r"\b(in het weekend|op zondag|op zaterdag|'s avonds na (mijn |het )?werk)\b")


# Round 48: the same story with the one fact that decided it the other way: sober instead of drunk (Verkeer 4a), the
# customer's own thing instead of the partner's (art. 1).
SOBER = re.compile(r"\b(nuchter|(niet|niks|niets) (had )?gedronken|geen (alcohol|drank|druppel)|niet onder invloed)\b")
LONGER_INSURED = re.compile(
    r"\b(module|verzekering|polis|rechtsbijstand\w*|flexpolis|\w+ (en|&) wonen|verkeer|inkomen)\b[^.?!]{0,20}\b(al )?(een|\d+|twee|drie|"
    r"paar|langer|jaren) (jaar|jaren|maanden|tijd)?\b[^.?!]{0,10}\b(had|hadden|gehad|was|waren)\b|\b(al )?(langer|eerder) "
    r"(verzekerd|klant)\b"
)
MINE = re.compile(r"\b(mijn eigen|van mij ?zelf|van mij|ik zelf|mijzelf)\b")
# round 90: the same crash outside a race ("En als dat op een gewone trainingsrit op de openbare weg was gebeurd?")
NOT_A_RACE = re.compile(
    r"\b(training\w*|trainingsrit\w*|gewone (fiets)?rit|toertocht|geen wedstrijd|buiten (de|een) wedstrijd|"
    r"op de openbare weg|gewoon (aan het )?(fietsen|rijden))\b"
)


# Round 132: the sentences of a story about drink or a test ("Ik had wel drie wijntjes op, de blaastest was positief"), left
# out when the customer was sober after all.
DRINK = re.compile(
    r"\b(blaastest|ademtest|bloedproef|promille\w*|alcohol\w*|gedronken|drank|bier\w*|wijn\w*|drugs|onder invloed)\b"
)


def _without_drink(story: str) -> str:
    folded = conflict_cues.SELF_INFLUENCE.sub(" ", fold(story))
    return " ".join(s for s in re.split(r"(?<=[.!?])\s+", folded) if not DRINK.search(s))


# Round 132: "het was zondag, in onze eigen privéauto ... Niet in de taxi": the ride was not for work after all.
NOT_THE_WORK_VEHICLE = re.compile(
    r"\bprive\w*|\bniet (in|met) (de|mijn|m'?n|onze) (taxi|bus|vrachtwagen|bestelbus|lesauto|zaakauto|leaseauto|"
    r"bedrijfsauto)\b|\b(het )?was (een )?(zondag|zaterdag|vrije dag)\b"
)


def _same_story_otherwise(last: dict[str, Any], text: str) -> dict[str, Any]:
    """The facts of the last story when the hypothetical turns the fact that decided it around; {} otherwise."""
    t = fold(text)
    story = str(last.get("description") or "")
    before = CheckState.load(last.get("state")).question
    if SOBER.search(t) and before.conflict == "onder_invloed":
        return answers.facts_in_description(_without_drink(story))
    if MINE.search(t) and before.involved not in (None, "policyholder") and before.conflict:
        return {**answers.facts_in_description(story), "involved": "policyholder"}
    if NOT_A_RACE.search(t) and before.conflict == "snelheidswedstrijd":  # Verkeer 4b turned round: Verkeer 3a
        return {**answers.facts_in_description(story), "conflict": "verkeersongeval"}
    # round 60: the same crash on a private ride ("en als het in het weekend was gebeurd, met mijn gezin?", Verkeer 4c)
    if (story_facts.PRIVATE_RIDE.search(t) or OFF_WORK.search(t) or NOT_THE_WORK_VEHICLE.search(t)) and (
        before.conflict == "beroepsvervoer"
    ):
        private = {"conflict": "verkeersongeval", "role": "particulier", "facts.beroepsmatig_vervoer": False}
        return {**answers.facts_in_description(story), **private}
    if LONGER_INSURED.search(t) and before.first_event_after_start is False:
        # round 153: "En als ik die module al een jaar had gehad?" after art. 9: the same story on an older policy
        return {**answers.facts_in_description(story), "first_event_after_start": True, "facts.module_pas_erbij": False}
    amount = answers.facts_in_description(text).get("amount")
    paid = re.search(r"\b(vergoeding|salaris|loon|gekregen|krijgen|krijg|kreeg|verdien\w*)\b", t)  # 2h: paid for it
    if amount is not None and before.conflict and not paid and not answers.facts_in_description(text).get("conflict"):
        # round 153: "En stel dat het alleen om een kussen van 60 euro was gegaan?": the same story at that stake (11g)
        return {**answers.facts_in_description(story), "amount": amount}
    return {}


def hypothetical_beside(state: CheckState, text: str) -> str | None:
    """Round 153: a first message that ends on another case ("... We hebben Verkeer. En als hij nuchter was geweest?",
    "en als het m'n camper was geweest?"): that case's answer beside the story's own. None: no such sentence, or
    nothing follows for it."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) < 2 or not HYPOTHETICAL.search(fold(sentences[-1])):
        return None
    story = " ".join(sentences[:-1])
    supposed = _hypothetical({"description": story, "state": state.dump()}, sentences[-1])
    # the check goes on about the story itself, not about the case supposed
    return supposed.replace(f" {matters.CHECK_GOES_ON}", "") if supposed else None


def _same_thing_otherwise(last: dict[str, Any], text: str, found: dict[str, Any]) -> dict[str, Any]:
    """Round 54: "En stel dat ik hem van een particulier had gekocht zonder garantie?" after a car bought from a dealer:
    the story read together with the turn keeps its own kind of conflict (Verkeer 4d), where the turn alone reads as
    a plain purchase."""
    story = str(last.get("description") or "")
    before = CheckState.load(last.get("state")).question.conflict
    joint = answers.facts_in_description(f"{story} {text}")
    told = answers.facts_in_description(story)
    # new, or turned round ("met schriftelijke garantie" told, "zonder garantie" supposed; round 69)
    new_circumstance = any(k.startswith("facts.") and told.get(k) != v for k, v in joint.items())
    if found.get("conflict") != before and joint.get("conflict") == before and new_circumstance:
        return joint
    return found


# Round 99: the story's other side as a pronoun in a hypothetical ("En als ze die bonus helemaal niet hadden uitbetaald?"
# after a story about "mijn werkgever"): read with that side named.
OPPONENT_NAMED = {
    "employer": "mijn werkgever",
    "landlord": "mijn verhuurder",
    "neighbour": "mijn buurman",
    "webshop": "de webshop",
    "shop": "de winkel",
    "garage": "de garage",
    "contractor": "de aannemer",
    "municipality": "de gemeente",
    "uwv": "het UWV",
    "insurer": "de verzekeraar",
}
PRONOUN = re.compile(r"\b(ze|zij|hij)\b")


def _same_opponent_otherwise(last: dict[str, Any], text: str) -> dict[str, Any]:
    named = OPPONENT_NAMED.get(CheckState.load(last.get("state")).question.opponent or "")
    if not named or not PRONOUN.search(fold(text)):
        return {}
    found = answers.facts_in_description(PRONOUN.sub(named, fold(text), count=1))
    return found if found.get("conflict") else {}


# Round 179: a supposed case in the verb-last order of a condition ("en als ik hem mijn oude piano had verkocht voor 1500
# en hij betaalt niet?") told as a plain statement ("ik heb hem mijn oude piano verkocht ..."), which the story reader knows.
CONDITION_OPENER = re.compile(r"^\W*(en |maar )?(als|stel( nou)?( dat)?|wat (nu |dan )?als|en wat als) ")
SUPPOSED_PERFECT = re.compile(r"^(ik|we|wij|hij|zij|ze) ((?:[\w'-]+ ){0,6}?)(had|hadden|was|waren) (\w+)\b")
PRESENT_OF = {"had": "heeft", "hadden": "hebben", "was": "is", "waren": "zijn"}


def as_told(text: str) -> str:
    """The supposed case of a condition as a statement; the text itself when it is no such condition."""
    t = fold(text)
    opener = CONDITION_OPENER.match(t)
    if not opener:
        return text
    rest = t[opener.end() :]
    match = SUPPOSED_PERFECT.match(rest)
    if not match:
        return rest
    subject, between, verb, participle = match.groups()
    verb = {"ik": {"had": "heb", "was": "ben"}}.get(subject, {}).get(verb) or PRESENT_OF[verb]
    return f"{subject} {verb} {between}{participle}{rest[match.end() :]}"


def _hypothetical(last: dict[str, Any], text: str) -> str | None:
    """The answer to another story on the same policy, asked right after a verdict: the policy's facts (and the
    country when the new story names none, "daar") are kept, the story's own facts are new. None: no such
    question, or the new story names no conflict."""
    if not last or talk.faq_topic_in(text) == "criminal":
        return None  # round 125: "En als hij ook nog aangifte doet?" asks art. 12, no other story
    found = answers.facts_in_description(text)
    if not HYPOTHETICAL.search(fold(text)) and not (ANOTHER_PLACE.search(fold(text)) and found.get("country")):
        return None
    if not found.get("conflict"):
        found = {**found, **answers.facts_in_description(as_told(text))}
    before_kind = CheckState.load(last.get("state")).question.conflict
    if SAME_STORY.search(fold(text)) and not found.get("country") and found.get("conflict") in (None, before_kind):
        # "En als het tijdens een training was gebeurd?": only the deciding fact turned round is another story; "En als
        # het niet om de scheiding ging, als de Raad een ondertoezichtstelling wilde?" names another kind (round 92)
        found = _same_story_otherwise(last, text)
        if not found:
            return None
    if not found.get("conflict") and (found.get("country") or any(key.startswith("facts.") for key in found)):
        # round 53: the same story elsewhere ("en als het via een Amerikaanse site was geweest en het huis in Mexico
        # stond?"): the country decides (C&W 4, Verkeer 5, Inkomen 4; art. 6); round 54: or a circumstance ("stel dat ik
        # hem van een particulier had gekocht zonder garantie?", Verkeer 4d)
        found = {**answers.facts_in_description(str(last.get("description") or "")), **found}
    if not found.get("conflict"):
        found.update(_same_story_otherwise(last, text))  # "stel dat ik nuchter was geweest?" (round 48)
    if not found.get("conflict"):
        found.update(_same_opponent_otherwise(last, text))
    found = _same_thing_otherwise(last, text, found)
    if not found.get("conflict") or found["conflict"] == "deze_verzekering":
        return None
    before = CheckState.load(last.get("state")).question
    kept = {name: getattr(before, name) for name in POLICY_FACTS if getattr(before, name) is not None}
    if "country" not in found and before.country:
        kept["country"] = before.country
    state, reasons = answers.apply(CheckState(), {**kept, **found})
    if reasons:
        return None
    verdict = state.verdict()
    text_of = talk.final_text(state) if verdict.status == NIET_GEDEKT or not verdict.missing else talk.headline(state)
    return f"In dat geval: {text_of}" if text_of else None


def _after_verdict(last: dict[str, Any], text: str) -> CheckState | None:
    """The last check with what this message adds (modules, options, an amount); None when it
    changes nothing. 'Ik heb ook Consument & Wonen' adds to the modules said before."""
    state = CheckState.load(last.get("state"))
    # round 82: a verdict the facts decided without a kind ("weigert de contributie van 80 euro terug te geven": 11g) is
    # one too
    if state.question.conflict is None and state.verdict().status != NIET_GEDEKT or talk.wrong_info_note(text):
        return None  # "en als ik het als privé opgeef?" asks about telling it otherwise (art. 11d), changes nothing
    changes: dict[str, Any] = {**answers.options_in_text(text), **answers.facts_in_answer(text)}
    # "120 euro per jaar, dus 360 euro in totaal": the total counts; not with collection costs or interest in it ("80 euro
    # incassokosten erbij, dus 230 in totaal", art. 11g: they never count, round 143)
    total = None if dialogue_amounts.EXTRA_COSTS.search(fold(text)) else TOTAL.search(fold(text))
    summed = total and (answers.amount_in_text(total.group(0)) or parse_money(total.group(0)).amount)
    # round 107: "o wacht nee hij was 249 sorry", "maar moest ook nog 140 betalen": the stake corrected or added to
    summed = summed or _amount_changed(last, text)
    if summed:  # "..., samen dus 245" (round 26): a bare number after the word for the total
        changes["amount"] = summed
    # "Kan ik Verkeer er nu nog bij nemen?": a module still to be added is not on the policy (art. 9)
    modules = None if re.search(talk.MODULE_ADDED_LATER, fold(text)) else answers.parse_modules(text)
    if modules:
        known = state.question.modules or frozenset()
        changes["modules"] = modules | known if ALSO.search(fold(text)) else modules
    if ROLE_WORD.search(fold(text)):  # "en als het in het weekend was gebeurd, gewoon privé?"
        changes["role"] = answers.parse_role(text)
        if changes["role"] == "particulier" and state.question.facts.get("beroepsmatig_vervoer"):
            changes["facts.beroepsmatig_vervoer"] = False  # Verkeer 4c: not driving for work then
        if changes["role"] == "particulier" and state.question.conflict == "beroepsvervoer":
            changes["conflict"] = "verkeersongeval"
    changes = {k: v for k, v in changes.items() if v is not None and answers.get(state.question, k) != v}
    if not changes:
        return None
    updated, reasons = answers.apply(forgotten(state, changes), changes)  # new values replace the verdict's
    return None if reasons else updated


def _about_the_verdict(state: CheckState, text: str, placed: bool = False) -> str | None:
    """A reply to the verdict that adds nothing: what ARAG still offers after a 'not covered', the
    verdict again after an objection ('Ook niet als ...?'); None: not about the verdict. `placed`: Rasa placed the
    message as a general question, which gets its own answer."""
    t = fold(text).strip()
    if state.question.conflict is None:
        return None
    wrong = talk.wrong_info_note(text)
    if wrong:  # "en als ik het gewoon als privé opgeef?": art. 11d
        return wrong
    if check_reply.protests_the_verdict(text):  # "serieus? ik betaal al 10 jaar premie": the verdict stands
        return f"Ik begrijp dat dit teleurstellend is, maar het antwoord blijft hetzelfde. {_verdict_short(state)}"
    if faq_turn.named_topic(text, talk.final_text(state)) == "criminal":
        return _faq_for("criminal", state, text)  # "moet ik zelf betalen? en als ik gelijk krijg?" after art. 12
    if MEDITERRANEAN.search(t):  # art. 6's countries cited against a module's area (round 90)
        return f"{talk.short_and_details(replies.faq_text('mediterranean'))[0]} {_verdict_short(state)}"
    if WHERE_INSURED.search(t) and state.verdict().status == NIET_GEDEKT:
        return where_insured(state)
    # round 171: also "Dus ik kan helemaal niks bij jullie?", "Dus ik sta er alleen voor?" (conversation.ADVICE_AFTER_ALL)
    asked_what_else = WHAT_ELSE.search(t) or COST_OF_HELP.search(t) or re.search(talk.ADVICE_AFTER_ALL, t)
    if asked_what_else and state.verdict().status == NIET_GEDEKT:
        return still_offered()
    if WHY_NOT.search(t) and not answers.facts_in_description(text).get("conflict"):
        return f"De reden: {talk.final_text(state)}"
    if WHAT_MEANT.search(t):  # "wat bedoelt u met zakelijk? ik doe het maar twee dagen per week"
        said = talk.short_and_details(talk.final_text(state))[0]
        return f"Zoals gezegd: {said}{' ' + PRIVATE_ROLE if BUSINESS_WORDS.search(t) else ''}"
    # round 150: a side question in the words of a general one ("En als ik die dwangsom moet betalen, vergoeden jullie
    # die dan?", "En als ik zelf een advocaat zoek, krijg ik dan nog iets van jullie?"): its answer, not the verdict again
    topic = faq_turn.named_topic(text, talk.final_text(state))
    topic = topic or (None if placed or OBJECTION.search(t) else talk.faq_topic_in(text))
    kept = faq_turn.amount_beside_the_verdict(topic or "", state.dump())
    if topic and kept:  # round 92: "maar ik heb toch verkeer, daar geldt toch geen minimum?" after a fine (art. 12)
        return f"{_faq_for(topic, state, text)} {kept}"
    if topic:  # "en als ik gelijk krijg?" after art. 12, "en als het tot een rechtszaak komt?"
        return _faq_for(topic, state, text)
    if OBJECTION.search(t) or FOLLOW_UP.search(t):
        other = _another_matter_answer(state, text)
        return other or f"Het antwoord blijft hetzelfde. {talk.short_and_details(talk.final_text(state))[0]}"
    return None


# A message that opens with another matter: "En mijn baas ...", "Daarnaast ...", "Andere vraag: ..."
NEW_MATTER_FIRST = re.compile(
    # round 152: after a word of taking it in ("Oké. Iets anders: een koper van mijn oude gitaar ...")
    r"\W*((oke|ok|okay|goed|prima|jammer|helder|duidelijk|dank je|dank u|bedankt)\W+)?"
    r"(en (mijn|m'?n|onze|ons|de|die)|daarnaast|verder|los daarvan|trouwens|nog (iets|een vraag)|andere vraag|iets anders|"
    r"ander(e)? (zaak|conflict|kwestie|probleem|ding|punt))\b"
)


DAMAGE_DONE = re.compile(
    r"\b(heeft|hebben|had|hadden)\b[^.?!]{0,40}\b(gesloopt|vernield|kapot ?gemaakt|kapot ?geslagen|kapot ?getrapt|stukgemaakt|"
    r"beschadigd|bekrast|in elkaar getrapt|ingegooid|lek gestoken)\b"
)


def _another_matter_answer(state: CheckState, text: str) -> str | None:
    """Round 134: another conflict with another party, told after the verdict ("En mijn baas betaalt mijn overuren al
    maanden niet uit, dat is wel verzekerd toch?" after a job as a self-employed): its own first answer, with the
    modules told; None: no such conflict."""
    found = answers.facts_in_description(text)
    kind, party = found.get("conflict"), found.get("opponent")
    # round 141: damage done by the same party after the verdict ("Toen ik het terugvroeg heeft hij uit woede mijn racefiets
    # gesloopt" after the money lent, C&W 3f): a wrongful act, its own conflict (C&W 2a)
    damage = kind == "onrechtmatige_daad" and DAMAGE_DONE.search(fold(text)) and kind != state.question.conflict
    if not damage and not NEW_MATTER_FIRST.match(fold(text)):
        return None  # "Maar ik werk nog gewoon in loondienst bij een bank": a detail of the story, whatever it names
    if not damage and (not kind or kind == state.question.conflict or not party or party == state.question.opponent):
        return None
    told = {"modules": state.question.modules} if state.question.modules else None
    answer = talk.coverage_first(text, told=told)
    return f"Dat is een ander conflict. {answer}" if answer else None


def _last_answer(tracker: Tracker) -> str | None:
    """The bot's last answer with an article, said in reply to the customer's previous message."""
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return None
    said = [str(e.get("text") or "") for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot"]
    cited = [t for t in said if "(art. " in t or "(Inleiding" in t]
    return cited[-1].split(f" {talk.MORE}")[0].split("\n")[0] if cited else None


def _module_taken_now(text: str) -> str | None:
    """Round 69: "Kan ik Verkeer er nu niet snel bijnemen? Dan zijn we toch gedekt?" after a verdict: art. 9 (a
    module taken out now does not cover a conflict that is already there). None: no such question."""
    if not re.search(talk.MODULE_ADDED_LATER, fold(text)):
        return None
    return talk.short_and_details(talk.answer_text("waiting_period", text))[0]


def _unchanged_by(last: dict[str, Any], text: str) -> str | None:
    """A detail told after the verdict ("we waren nooit getrouwd hoor, we woonden alleen samen") that,
    read with the question it follows, leaves the same kind of conflict and the same verdict: the
    verdict is confirmed, never the request to rephrase. None: a question, or it would change."""
    state = CheckState.load(last.get("state"))
    if re.search(talk.MODULE_ADDED_LATER, fold(text)):
        return None  # round 69: "Kan ik Verkeer er nu niet snel bijnemen? Dan zijn we toch gedekt?" asks art. 9
    words = len(text.split())
    # "..., maakt dat uit?" is about it, also when the detail alone reads as another kind (round 60)
    asks_other = _asks(text) and not (
        check_reply.doubts_the_verdict(text) or check_reply.detail_of_the_story(last, text)
    )
    if state.question.conflict is None or asks_other or not MIN_DETAIL_WORDS <= words <= MAX_DETAIL_WORDS:
        return None  # a question, a bare "ja" or "nee", or a new story
    found = answers.facts_in_description(f"{last.get('description', '')} {text}")
    if found.get("conflict") != state.question.conflict:
        return None
    merged = {k: v for k, v in found.items() if answers.get(state.question, k) is None}
    updated, reasons = answers.apply(state, merged)
    if reasons or updated.verdict().status != state.verdict().status:
        return None
    notes = notes_after(last, state, text)
    return f"Dat verandert het antwoord niet. {talk.short_and_details(talk.final_text(state))[0]}" + (
        f" {notes}" if notes else ""
    )


CRIMINAL_MATTERS = frozenset({"boete", "strafzaak"})


def verkeer_for_an_offence(state: CheckState, text: str) -> str | None:
    """Round 87: "Maar ik heb toch Verkeer?" after a speeding case or a traffic fine (art. 12): Verkeer gives direct help
    only when one is prosecuted for 'dood door schuld' or 'letsel door schuld' (Verkeer 3c). None: not that."""
    if state.question.conflict not in CRIMINAL_MATTERS or not re.search(r"\bverkeer\b", fold(text)):
        return None
    k = knowledge()
    return f"Met de module Verkeer geldt alleen: {k.article('Verkeer 3c').summary} {k.cite(['Verkeer 3c'])}"


def notes_after(last: dict[str, Any], state: CheckState, text: str) -> str:
    """What a message after the verdict raises beside it: the other side's country, Verkeer named for an offence."""
    notes = (country_told(last, text), verkeer_for_an_offence(state, text), studying_child_note(state, text))
    return " ".join(note for note in notes if note)


def studying_child_note(state: CheckState, text: str) -> str | None:
    """Round 105: "En als hij op kamers woont omdat hij studeert?" after a conflict with a child at home: a child living
    elsewhere for a day study is insured too (art. 1), so the answer stays."""
    if state.question.opponent not in ("child_home", "child_studying"):
        return None
    if not re.search(r"\b(op kamers|studeert|studie|dagstudie|student)\b", fold(text)):
        return None
    return f"Ook een kind dat voor een dagstudie ergens anders woont, is meeverzekerd {knowledge().cite('Algemene regels 1')}."


def with_notes_after(message: str, last: dict[str, Any], state: CheckState, text: str) -> str:
    """The verdict's message with notes_after put before "Meer weten?" and the policy reminder."""
    notes = notes_after(last, state, text)
    if not notes or notes in message:
        return message
    answer, footer, rest = message.partition("\n")
    if talk.MORE in answer:
        answer = answer.replace(f" {talk.MORE}", f" {notes} {talk.MORE}", 1)
    else:
        answer = f"{answer} {notes}"
    return f"{answer}{footer}{rest}"


def country_told(last: dict[str, Any], text: str) -> str | None:
    """Round 86: where the modules apply, for the other side's country told after the verdict ("Nu blijkt de
    reisorganisatie een Italiaans bedrijf te zijn. Maakt dat uit?"): C&W 4, Verkeer 5, Inkomen 4."""
    question = CheckState.load(last.get("state")).question
    return talk.country_told_after(question, answers.facts_in_description(text).get("country"))


def _back_on_the_answer(tracker: Tracker, text: str) -> str | None:
    """'Mag dat zomaar, ik heb hem pas een half jaar': a question on the answer just given that names
    no conflict and no other topic gets that answer again; None otherwise."""
    t = fold(text).strip()
    if not _asks(text) or talk.faq_topic_in(text):
        return None
    if answers.facts_in_description(text).get("conflict"):
        return None
    last = _last_answer(tracker)
    if not last:
        return None
    if BACK_REFERENCE.search(t):
        return f"Zoals gezegd: {last}"
    sentence = _sentence_on(last, text) if len(t.split()) <= SHORT_QUESTION_WORDS else None
    return f"Zoals gezegd: {sentence}" if sentence else None


SHORT_QUESTION_WORDS = 8  # "Moet ik een reden geven?", "En buiten Europa?": elliptical, read with the last answer


def _sentence_on(answer: str, question: str) -> str | None:
    """The sentence of `answer` that shares the most content words with a short question, with the
    answer's citation; None when none shares one."""
    body, cite = answer, ""
    match = re.search(r"\s(\((?:art\.|inleiding)[^()]*\))\s*$", answer, flags=re.IGNORECASE)
    if match:
        body, cite = answer[: match.start()], match.group(1)
    wanted = talk._words(question)
    sentences = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body.strip()) if p]
    scored = [(talk._overlap(wanted, p), -i, p) for i, p in enumerate(sentences)]
    best = max(scored, default=(0, 0, ""))
    return f"{best[2]} {cite}".strip() if best[0] >= 1 else None


def _rephrase_asked_just_now(tracker: Tracker, domain: DomainDict) -> bool:
    """The bot's reply to the customer's previous message was the request to rephrase."""
    texts = [r.get("text") for r in (domain.get("responses") or {}).get("utter_ask_rephrase", [])]
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    said = [e.get("text") for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot"]
    return bool(said) and said[-1] in texts


PHONE = re.compile(r"(?<!\d)(\+31|0031|0)[\s-]?\d([\s-]?\d){8}(?!\d)")


CALLBACK_ASKED = "terugbelverzoek"  # in the reply of action_request_callback (actions/handoff.py)


def _callback_number(tracker: Tracker, text: str) -> str | None:
    """A phone number typed after a call-back request: noted with the request (the desk has the
    conversation), with when ARAG calls and the number to call ARAG itself. None: no such number."""
    number = PHONE.search(text)
    if not number or len(text.split()) > len(number.group(0).split()) + 6:
        return None
    said = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "bot"]
    if not any(CALLBACK_ASKED in t for t in said[-4:]):
        return None
    phone = replies.contact()["servicecenter"]["phone"]
    return (
        f"Dank u, genoteerd: we bellen u terug op {number.group(0).strip()}, op de eerstvolgende werkdag. "
        f"Liever zelf bellen? Dat kan op {phone}."
    )


def _policy_noted(tracker: Tracker, text: str, dispatcher: CollectingDispatcher) -> list[EventType]:
    """'Ik heb Consument & Wonen' after an answer that did not ask for it (art. 14's days without cover):
    kept for the next check, and the customer told how to use it; never the request to rephrase."""
    facts = {**_policy_before(tracker), "modules": answers.parse_modules(text), **answers.options_in_text(text)}
    policy = {k: v for k, v in facts.items() if v is not None}
    state = answers.apply(CheckState(), policy)[0]
    previous = previous_text(tracker)
    story = _facts_in(previous)  # the conflict told just before ("Our au pair bought a laptop ...")
    if not story.get("conflict") and (kind := talk.learned_story_kind(previous)):
        story = {**story, "conflict": kind}  # round 135: a story no rule reads, told beside a general question
    head = talk.headline(answers.apply(CheckState(), {**story, **policy})[0]) if story.get("conflict") else None
    # "I have Consument & Wonen and Inkomen" after an English story answered in Dutch: both read together (art. 3)
    if not head and previous_topic(tracker) == "countries":  # round 69: where the modules named apply
        where = talk.where_modules_apply(
            frozenset(policy.get("modules") or ()), answers.facts_in_description(previous).get("country")
        )
        head = where
    earlier = earlier_in_another_language(tracker)
    in_english = language_answer.follow_up_answer(earlier, text) if earlier else None
    dispatcher.utter_message(
        text=in_english
        or (
            f"Dank u. {head}"
            if head
            else "Dank u, dat neem ik mee. Wilt u weten of een conflict daarmee verzekerd is? Beschrijf het kort, "
            "dan zeg ik welke artikelen gelden."
        )
    )
    kept = _kept_policy(state)
    if kept and POLICY_SINCE_TOLD.search(fold(text)):
        kept[POLICY][TOLD] = text  # "ik heb sinds 1 maart c&w bij jullie": its date read with the story to come
    return [SlotSet(STATE, {**_extras(tracker), **kept})]


POLICY_SINCE_TOLD = re.compile(r"\b(sinds|vanaf|per|pas)\b")


def _asked_of_the_last_answer(tracker: Tracker, text: str) -> str | None:
    """A question about the previous answer that one of its sentences answers (conversation.LEAD_SENTENCE), heard
    as 'meer uitleg': that sentence first, in the short shape (round 20); None otherwise."""
    topic = previous_topic(tracker)
    if not topic or not _asks(text):
        return None
    if not any(re.search(pattern, fold(text)) for pattern, _ in talk.LEAD_SENTENCE.get(topic, ())):
        return None
    return talk.short_and_details(talk.answer_text(topic, text), question=text)[0]


GENERAL_RULE = "Algemene regels)"


def _verdict_again(tracker: Tracker) -> str | None:
    """'Kunt u dat uitleggen? ... dat is toch ook verkeer?' after a verdict without more details: the
    verdict's reason again; an exclusion of the general rules holds for every module (their title)."""
    raw = _extras(tracker).get("last")
    if not isinstance(raw, dict) or tracker.active_loop_name:
        return None
    state = CheckState.load(raw.get("state"))
    if state.question.conflict is None:
        return None
    text = talk.short_and_details(talk.final_text(state))[0]
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    said = [
        str(e.get("text") or "") for e in events[users[-2] + 1 if len(users) > 1 else 0 :] if e.get("event") == "bot"
    ]
    if not any(text.split(" (art.")[0] in t for t in said):
        return None  # the verdict was not the last answer: never an old verdict after another answer
    if state.verdict().status == NIET_GEDEKT and GENERAL_RULE in text:
        text += " Deze uitsluiting staat in de Algemene regels en geldt dus voor alle modules, ook voor Verkeer."
    return f"Zoals gezegd: {text}"
