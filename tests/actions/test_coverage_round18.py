"""Round 18 coverage classes (issue 11, blind set conversations13), in new wordings, through the coverage
form's actions (no NLU): modules found later after "geen idee"; a head-on collision told by its parts (Verkeer
3a); a death before the module began told in the story, the module's start told later (C&W 2i)."""

from __future__ import annotations

from testkit.coverage_form import Chat


def test_the_modules_found_later_are_taken_not_thanked_for() -> None:
    chat = Chat()
    chat.say("Mijn baas weigert mijn loonsverhoging uit te betalen die in mijn contract staat.", "check_coverage")
    chat.say("weet ik niet, even zoeken", "inform")
    reply = " ".join(chat.say("oké staat hier, alleen inkomen", "inform"))
    assert "2a Inkomen" in reply and "Graag gedaan" not in reply, reply


def test_a_head_on_collision_told_by_its_parts_is_verkeer_3a() -> None:
    chat = Chat()
    reply = " ".join(
        chat.say(
            "Een tegenligger kwam op mijn weghelft en ik moest uitwijken, nu is mijn auto total loss.", "check_coverage"
        )
    )
    assert "3a Verkeer" in reply, reply


def test_the_modules_start_after_a_death_told_before_cites_2i() -> None:
    chat = Chat()
    chat.say("Oma is in 2018 overleden en mijn oom wil haar spaargeld niet verdelen.", "check_coverage")
    reply = " ".join(chat.say("Wij hebben Consument & Wonen sinds 2022.", "inform"))
    assert "niet verzekerd" in reply and "2i" in reply, reply
