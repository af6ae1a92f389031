"""Complaints in the chat, end to end: acknowledged first, answered, registered once in Redis."""

from __future__ import annotations

import asyncio
import re

import pytest

from flexbot.complaints import possible
from flexbot.flexpolis.knowledge import knowledge
from flexbot.streams import redis_client
from tests.registered import registered

ACK = "Wat vervelend dat u dit zo ervaart"
CONSENT_QUESTION = "Wilt u dat het Klachtenbureau contact met u opneemt"
REFERENCE = re.compile(r"KL-\d{4}-\d{6}")
PERIOD = str(knowledge().period("complaint_contact"))


@pytest.fixture()
def intake(stack):
    """The stack's Redis URL; `records_for` reads what the desk registers from it."""
    return stack.redis.url


def records_for(url: str, conversation_id: str) -> list[dict]:
    """The complaints of one conversation as the desk's real consumer registers them (complaint
    entries plus their updates)."""
    return [r for r in asyncio.run(registered(url)) if r["source"].get("conversation_id") == conversation_id]


def test_complaint_with_follow_up_is_registered_with_contact_details(chat, intake):
    replies = chat.say("Ik wil een klacht indienen. Ik heb drie keer gebeld en niemand belt me terug.")
    assert ACK in replies[0]
    assert "ook als die meteen is opgelost" in replies[-1] and CONSENT_QUESTION in replies[-1]
    assert "naam" in chat.reply("ja graag")
    assert "e-mailadres of telefoonnummer" in chat.reply("Jan de Vries")
    assert "niet compleet" in chat.reply("jan@b")  # "a@b": friendly re-ask
    assert "polis- of dossiernummer" in chat.reply("jan.devries@voorbeeld.nl")
    assert "vertrouwelijk" in chat.reply("geen")
    confirmation = chat.reply("ja")
    reference = REFERENCE.search(confirmation).group(0)
    assert PERIOD in confirmation and "(art. 20 Algemene regels)" in confirmation
    assert "Kifid" in confirmation

    [record] = records_for(intake, chat.sender)
    assert record["id"] == reference
    assert record["channel"] == "website"
    assert record["text"] == "Ik wil een klacht indienen. Ik heb drie keer gebeld en niemand belt me terug."
    assert record["customer"] == {
        "name": "Jan de Vries",
        "email": "jan.devries@voorbeeld.nl",
        "phone": None,
        "policy_number": None,
        "address": None,
    }
    assert record["handoff_consent"] is True and record["confidential"] is True
    assert record["detector"]["version"]
    assert any(
        turn["speaker"] == "klant" and turn["text"].startswith("Ik wil een klacht") for turn in record["transcript"]
    )
    assert record["transcript"][-1] == {"speaker": "assistent", "text": confirmation, "at": None}


def test_complaint_and_question_get_acknowledgement_then_answer_then_intake(chat):
    replies = chat.say("Mijn jurist belt nooit terug. Wat is jullie telefoonnummer?")
    phone = knowledge().contact["servicecenter"]["phone"]
    assert ACK in replies[0]
    assert any(phone in r for r in replies[1:-1]), replies
    assert CONSENT_QUESTION in replies[-1]


def test_declined_follow_up_is_still_registered_without_contact_details(chat, intake):
    assert CONSENT_QUESTION in chat.reply("bedankt voor niks, ARAG")
    confirmation = chat.reply("nee")
    assert REFERENCE.search(confirmation) and "geen contact" in confirmation
    [record] = records_for(intake, chat.sender)
    assert record["handoff_consent"] is False
    assert set(record["customer"].values()) == {None}


def test_stop_halfway_still_registers_the_complaint(chat, intake):
    chat.say("Jullie website werkt al dagen niet, ik kan mijn zaak niet melden.")
    chat.say("ja")
    confirmation = chat.reply("laat maar")
    assert REFERENCE.search(confirmation)
    [record] = records_for(intake, chat.sender)
    assert record["handoff_consent"] is False


def test_resolved_but_unhappy_counts_as_complaint(chat, intake):
    replies = chat.say("Het is uiteindelijk opgelost, maar het duurde veel te lang bij jullie.")
    assert ACK in replies[0] and CONSENT_QUESTION in replies[-1]
    chat.say("nee")
    [record] = records_for(intake, chat.sender)
    assert record["resolved_immediately"] is True


def test_invalid_answers_get_friendly_re_asks(chat):
    chat.say("Ik ben ontevreden over jullie jurist, hij reageert nooit.")
    assert "ja of nee" in chat.reply("misschien")
    chat.say("ja")
    assert "< en >" in chat.reply("<b>Jan</b>")
    assert "naam" in chat.reply("😡😡😡")
    chat.say("Jan")
    assert "niet als e-mailadres of telefoonnummer" in chat.reply("bel me maar")
    assert "polis- of dossiernummer" in chat.reply("06 12345678")
    assert "bestaat uit cijfers" in chat.reply("weet ik veel joh")


def test_long_complaint_is_kept_verbatim(chat, intake):
    story = "Ik ben zeer ontevreden over ARAG, niemand belt me terug. " + "Het duurt allemaal veel te lang. " * 620
    assert len(story) > 20_000
    assert CONSENT_QUESTION in chat.reply(story)
    chat.say("nee")
    [record] = records_for(intake, chat.sender)
    assert record["text"] == story.strip()  # Rasa trims surrounding whitespace, nothing else


COMPLAINTS = [
    "Ik wacht al zes weken op een reactie van mijn jurist.",
    "jullie bellen nooit terug!!!",
    "Ik heb 3x gemaild en nog steeds geen antwoord van ARAG",
    "De brief die ik van jullie kreeg is totaal onduidelijk.",
    "Ik ben het niet eens met jullie afwijzing van mijn zaak.",
    "Waarom is mijn premie zo gestegen? Belachelijk.",
    "De medewerker aan de telefoon was echt onbeschoft.",
    "Jullie app werkt alweer niet, ik kan niks uploaden",
    "Deze chatbot begrijpt helemaal niks, waardeloos.",
    "Jullie zijn mijn documenten kwijtgeraakt!",
    "ik wil een klacht indienen",
    "bedankt voor niks hoor",
    "Wat een slechte service van ARAG zeg",
    "De behandeling van mijn zaak duurt veel te lang.",
    "Mijn jurist reageert niet op mijn mails, heel vervelend.",
    "Ik voel me niet serieus genomen door de jurist van ARAG",
    "Ik werd van het kastje naar de muur gestuurd door jullie",
    "@ARAG_NL ik wacht al weken op antwoord 😡 #klantonvriendelijk",
    "jullie zijn onbereikbaar, telefoon wordt nooit opgenomen",
    "Het eigen risico dat jullie rekenen vind ik onredelijk hoog",
    "Ik ben niet tevreden over hoe ARAG mijn zaak aanpakt.",
    "jullie jurist heeft een deadline gemist in mijn zaak",
    "ik krijg steeds verschillende antwoorden van jullie medewerkers, frustrerend",
    "Super slecht geregeld bij jullie, niemand weet van mijn dossier.",
    "Uiteindelijk opgelost, maar ik moest wel vijf keer bellen.",
    "ik heb een klacht over mijn behandelaar bij ARAG",
    "De jurist van ARAG was onvriendelijk en ongeduldig.",
    "Ik vind het schandalig dat jullie niet terugbellen.",
    "jullie reageren traag en slordig, heel teleurstellend",
    "Ik heb nooit een bevestiging gekregen van mijn zaakmelding, slecht!",
]


@pytest.mark.parametrize("message", COMPLAINTS)
def test_complaints_start_the_intake_and_are_registered(chat, intake, message):
    replies = chat.say(message)
    assert ACK in replies[0], replies
    assert CONSENT_QUESTION in replies[-1], replies
    chat.say("nee")
    assert len(records_for(intake, chat.sender)) == 1


CONFLICTS = [
    "Mijn werkgever betaalt mijn loon al twee maanden niet, ik ben woedend!",
    "Mijn huisbaas weigert de schimmel te verhelpen, schandalig gewoon.",
    "De buurman heeft zijn schutting op mijn grond gezet, ik word er gek van.",
    "Die webshop levert mijn bank niet en reageert nergens op!",
    "De garage heeft mijn auto verprutst en wil niks vergoeden.",
    "Mijn aannemer is gewoon gestopt halverwege de verbouwing, oplichter!",
    "De gemeente wijst mijn vergunning af zonder reden, belachelijk.",
    "Het UWV heeft mijn uitkering stopgezet en belt nooit terug.",
    "Mijn autoverzekeraar weigert de schade te betalen, ik ben zo boos.",
    "De advocaat van de tegenpartij blijft me bedreigen met brieven.",
    "mijn baas heeft me zomaar ontslagen, wat een klootzak",
    "De verhuurder houdt mijn borg al maanden vast, echt onacceptabel.",
    "Die schilder heeft er een puinhoop van gemaakt en wil niet terugkomen.",
    "Mijn ex-werkgever weigert mijn vakantiegeld uit te betalen!",
    "De reisorganisatie heeft onze vakantie geannuleerd en geeft geen geld terug.",
    "Buren maken elke nacht herrie, ik word er knettergek van",
    "Het pensioenfonds rekent mijn pensioen verkeerd uit, heel frustrerend.",
    "Die tweedehands auto die ik kocht is total loss, de verkoper lacht me uit.",
    "Mijn zorgverzekeraar vergoedt mijn behandeling niet, schandalig.",
    "De woningcorporatie doet niks aan de lekkage, al maanden niet!",
    "De school van mijn zoon reageert nergens op, ik ben het zat.",
    "Mijn telefoonabonnement is zonder toestemming verlengd door de provider.",
    "De energieleverancier heeft een veel te hoge eindafrekening gestuurd.",
    "Mijn werkgever wil me ontslaan omdat ik ziek ben, wat moet ik doen?",
    "Iemand is achter op mijn auto gereden en de tegenpartij ontkent alles.",
    "De keukenleverancier heeft de verkeerde keuken geplaatst en weigert te herstellen.",
    "Een hond van de buren heeft mijn kind gebeten, ik ben woest.",
    "De makelaar heeft ons verkeerd geïnformeerd over de woning.",
    "Mijn ex-partner betaalt de afgesproken schuld niet terug, ik ben er klaar mee.",
    "De fietsenmaker heeft mijn fiets kapot gemaakt en ontkent het!",
]


@pytest.mark.parametrize("message", CONFLICTS)
def test_anger_about_the_conflict_itself_does_not_start_the_intake(chat, intake, message):
    replies = chat.say(message)
    assert not any(ACK in r or CONSENT_QUESTION in r for r in replies), replies
    assert records_for(intake, chat.sender) == []


# Replies to whatever the coverage form asks, keyed by the checker's question names.
FORM_REPLIES = {
    "modules": "Inkomen",
    "involved": "ikzelf",
    "alleenstaand": "nee",
    "role": "privé",
    "first_event_after_start": "ja",
    "country": "in Nederland",
    "amount": "ongeveer 5000 euro",
    "uitsluiting_arbeidsrecht": "nee",
}


def answer_form(chat, messages: list[str], max_turns: int = 12) -> list[str]:
    """Answer the coverage form until its verdict; returns the replies of the last turn."""
    from flexbot.flexpolis import checker
    from flexbot.flexpolis.dialogue import question

    names = {question(name): name for name in checker.QUESTIONS}
    reminder = knowledge().reminder
    for _ in range(max_turns):
        if any(m.endswith(reminder) for m in messages):
            return messages
        name = names.get(messages[-1])
        messages = chat.say(FORM_REPLIES.get(name, "weet ik niet"))
    raise AssertionError(f"no verdict, last replies: {messages}")


def test_complaint_in_the_middle_of_the_coverage_form(chat, intake):
    first = chat.say("Ben ik verzekerd voor een conflict met mijn werkgever over mijn ontslag?")
    form_question = first[-1]
    replies = chat.say("Jullie jurist belt me al weken niet terug, echt slecht.")
    assert ACK in replies[0]
    assert replies[-1] == form_question  # the form resumes with the same question
    last = answer_form(chat, replies)
    assert CONSENT_QUESTION in last[-1]  # verdict first, then the intake
    assert REFERENCE.search(chat.reply("nee"))
    [record] = records_for(intake, chat.sender)
    assert record["text"] == "Jullie jurist belt me al weken niet terug, echt slecht."


def test_anger_at_the_opponent_during_the_coverage_form_is_no_complaint(chat, intake):
    # Alone, "hij" could be ARAG's jurist (a sure complaint); in the coverage form it is the
    # opponent the customer is telling about (bot/conversation_context.py).
    first = chat.say("Ben ik verzekerd voor een conflict met mijn werkgever over mijn ontslag?")
    replies = chat.say("Hij heeft er een puinhoop van gemaakt en reageert nergens meer op, waardeloos.")
    assert not any(ACK in r or CONSENT_QUESTION in r for r in replies), replies
    assert replies[-1] == first[-1]  # the form asks its question again
    last = answer_form(chat, replies)
    assert not any(CONSENT_QUESTION in r for r in last), last
    assert records_for(intake, chat.sender) == []


def test_complaint_then_silence_is_registered_at_once(chat, intake):
    replies = chat.say("Jullie laten me maar wachten, dit is de derde keer dat ik bel.")
    reference = REFERENCE.search(replies[0]).group(0)
    [record] = records_for(intake, chat.sender)  # the customer closes the tab here
    assert record["id"] == reference and record["handoff_consent"] is False


def test_complaint_about_the_lawyer_arag_arranged_goes_to_the_intake(chat, intake):
    replies = chat.say("De advocaat die ARAG voor mij heeft geregeld was totaal niet voorbereid op de zitting.")
    assert ACK in replies[0] and CONSENT_QUESTION in replies[-1], replies
    assert len(records_for(intake, chat.sender)) == 1


def test_question_during_the_intake_is_answered_and_the_intake_goes_on(chat):
    chat.say("Ik ben echt ontevreden over hoe lang alles bij jullie duurt.")
    chat.say("ja")
    replies = chat.say("Wat is jullie telefoonnummer?")
    # during a complaint: the Klachtenbureau's number (seed 004 art. 20; round 22)
    assert any(knowledge().contact["klachtenbureau"]["phone"] in r for r in replies), replies
    assert "naam" in replies[-1]


CHECK = "Begrijp ik goed dat u ergens niet tevreden over bent?"


def test_unsure_is_checked_and_yes_registers(chat, intake):
    replies = chat.say("Zo gaat het altijd met jullie")
    assert any(CHECK in r for r in replies), replies
    replies = chat.say("ja")
    assert ACK in replies[0] and CONSENT_QUESTION in replies[-1], replies
    [record] = records_for(intake, chat.sender)
    assert record["text"] == "Zo gaat het altijd met jullie"


def test_unsure_and_no_is_not_registered(chat, intake):
    assert any(CHECK in r for r in chat.say("Zo gaat het altijd met jullie"))
    replies = chat.say("nee")
    assert replies == ["Dank u, dan had ik u verkeerd begrepen. Waarmee kan ik u verder helpen?"], replies
    assert records_for(intake, chat.sender) == []


def possible_for(url: str, conversation_id: str) -> dict | None:
    async def read() -> dict | None:
        client = redis_client(url)
        try:
            return await possible.get(client, conversation_id)
        finally:
            await client.close()

    return asyncio.run(read())


def test_unsure_and_the_customer_leaves_waits_for_the_klachtenbureau(chat, intake):
    assert any(CHECK in r for r in chat.say("Zo gaat het altijd met jullie"))
    # The customer closes the tab without answering: not registered, but not lost either.
    kept = possible_for(intake, chat.sender)
    assert kept is not None and kept["text"] == "Zo gaat het altijd met jullie"
    assert records_for(intake, chat.sender) == []
    chat.say("ja")  # or comes back and answers after all: registered, off the desk's list
    assert len(records_for(intake, chat.sender)) == 1 and possible_for(intake, chat.sender) is None
