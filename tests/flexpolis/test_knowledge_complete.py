"""Every article, lettered item and option of the Flexpolis seed is in data/policy/flexpolis.yml.

The ids are counted from the policy conditions' source text itself, not from a list here. That text
lies outside the repository: FLEXBOT_POLICY_SOURCE names it (flexbot/settings.py has the default);
where it is absent, only the checks against it are skipped, with the reason shown.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from flexbot import settings
from flexbot.flexpolis.knowledge import DEFAULT_PATH, Knowledge, KnowledgeError, cite, format_euro, knowledge

SEED = settings.get().policy_source
needs_seed = pytest.mark.skipif(
    not SEED.exists(), reason=f"policy source text not found at {SEED} (set FLEXBOT_POLICY_SOURCE)"
)
PARTS = {
    "Algemene regels voor alle modules van de Rechtsbijstandverzekering": "Algemene regels",
    "Module Consument & Wonen": "Consument & Wonen",
    "Module Verkeer": "Verkeer",
    "Module Inkomen": "Inkomen",
}
OPTIONS = ("Eigen woning", "Burenrecht", "Motorrijtuigen", "Arbeidsrecht")
CLAUSE = "Clausuleblad Terrorismedekking"


def seed_ids(text: str) -> tuple[list[str], list[str]]:
    """(ids found in the body, headings listed in the table of contents) from the seed text."""
    ids: list[str] = []
    toc: list[str] = []
    part: str | None = None
    number = 0
    letter = ""
    in_toc = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("Flexpolis Voorwaarden v"):
            in_toc = True
            continue
        if in_toc:
            match = re.match(r"^\t(\d+)\.\t", line)
            if match:
                toc.append(match.group(1))
            continue
        if stripped in PARTS:
            part, number, letter = PARTS[stripped], 0, ""
            continue
        if stripped == CLAUSE:
            part, number, letter = CLAUSE, 0, ""
            ids.append(CLAUSE)
            continue
        if part is None:
            continue
        if part == CLAUSE:
            article = re.match(r"^Artikel (\d+) ", stripped)
            sub = re.match(r"^(\d+\.\d+)(\s|$)", stripped)
            item = re.match(r"^([a-z])\. ", stripped)
            if article:
                ids.append(f"{CLAUSE} {article.group(1)}")
                current, letter = None, ""
            elif sub:
                current, letter = sub.group(1), ""
                ids.append(f"{CLAUSE} {current}")
            elif item and item.group(1) == chr(ord(letter or "`") + 1):
                letter = item.group(1)
                ids.append(f"{CLAUSE} {current}{letter}")
            continue
        heading = re.match(r"^(\d{1,2})\. \S", stripped)
        if heading and int(heading.group(1)) == number + 1:
            number, letter = number + 1, ""
            ids.append(f"{part} {number}")
            continue
        item = re.match(r"^([a-z])\. \S", stripped)
        if item and item.group(1) == chr(ord(letter or "`") + 1):
            letter = item.group(1)
            ids.append(f"{part} {number}{letter}")
            continue
        if stripped in OPTIONS:
            ids.append(f"{part} {stripped}")
    return ids, toc


@pytest.fixture(scope="module")
def seed() -> tuple[list[str], list[str]]:
    if not SEED.exists():
        pytest.skip(f"policy source text not found at {SEED} (set FLEXBOT_POLICY_SOURCE)")
    return seed_ids(SEED.read_text(encoding="utf-8"))


def test_seed_parser_counts_the_whole_document(seed: tuple[list[str], list[str]]) -> None:
    ids, toc = seed
    numbered = [i for i in ids if re.fullmatch(r".* \d+", i) and not i.startswith(CLAUSE)]
    # The body's numbered articles are exactly the ones in the document's own table of contents.
    assert len(numbered) == len(toc) == 22 + 4 + 5 + 4
    lettered = [i for i in ids if re.fullmatch(r".* \d+[a-z]", i)]
    assert {i.rsplit(" ", 1)[0] + " " + re.sub(r"[a-z]$", "", i.rsplit(" ", 1)[1]) for i in lettered} >= {
        "Algemene regels 6",
        "Algemene regels 11",
        "Algemene regels 15",
        "Consument & Wonen 2",
        "Consument & Wonen 3",
        "Verkeer 3",
        "Verkeer 4",
        "Inkomen 2",
        "Inkomen 3",
    }
    assert "Algemene regels 11s" in ids and "Algemene regels 11t" not in ids
    assert "Consument & Wonen 2k" in ids and "Verkeer 4d" in ids and "Inkomen 3c" in ids
    assert sum(i.startswith("Algemene regels 11") and len(i) == len("Algemene regels 11a") for i in ids) == 19
    assert [i for i in ids if i.split(" ")[-1] in OPTIONS or i.endswith("Eigen woning")] == [
        "Consument & Wonen Eigen woning",
        "Consument & Wonen Burenrecht",
        "Verkeer Motorrijtuigen",
        "Inkomen Arbeidsrecht",
    ]
    assert len(ids) == len(set(ids))


def test_every_seed_item_is_in_the_knowledge_file(seed: tuple[list[str], list[str]]) -> None:
    ids, _ = seed
    articles = knowledge().articles
    missing = [i for i in ids if i not in articles]
    assert not missing, f"missing from flexpolis.yml: {missing}"
    extra = sorted(set(articles) - set(ids) - {"Inleiding"})
    assert not extra, f"ids in flexpolis.yml that the seed does not have: {extra}"
    assert len(articles) == len(ids) + 1


def test_every_article_has_title_summary_and_consistent_citation() -> None:
    for article_id, article in knowledge().articles.items():
        assert article.title and len(article.summary) > 20, article_id
        assert "${" not in article.summary, article_id
        if article_id == "Inleiding":
            continue
        part = article.part
        rest = article_id.removeprefix(part).strip()
        if not rest:
            assert article.cite == part
        elif rest in OPTIONS:
            assert re.fullmatch(rf"art\. \d+ {re.escape(part)}, {rest}", article.cite), article.cite
        else:
            assert article.cite == f"art. {rest} {part}", article_id


def test_lead_contract_keys_are_kept() -> None:
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert raw["contact"]["servicecenter"]["phone"] == "033 - 434 23 42"
    assert raw["contact"]["servicecenter"]["email"] == "servicecenter@ARAG.nl"
    assert raw["contact"]["website"] == "www.ARAG.nl"
    assert raw["contact"]["report_case"] == "Zaak melden"
    assert "24 uur per dag, 7 dagen" in raw["contact"]["hours"]
    for article in raw["articles"].values():
        assert {"title", "summary", "cite"} <= set(article)


@needs_seed
def test_facts_match_the_seed_document() -> None:
    k = knowledge()
    seed_text = " ".join(SEED.read_text(encoding="utf-8").replace("–", "-").split())
    for key in ("max_europe", "max_elsewhere", "minimum", "borgsom_max"):
        assert format_euro(k.amount(key)) in seed_text, key
    assert k.amount("max_verkeer_nl") is None and k.amount("borgsom_interest_percent") == 0
    contact = k.contact
    for value in (
        contact["servicecenter"]["phone"],
        contact["servicecenter"]["email"],
        contact["klachtenbureau"]["phone"],
        contact["klachtenbureau"]["email"],
        contact["kifid"]["phone"],
        contact["kifid"]["address"],
        contact["kifid"]["website"],
        contact["verbond_van_verzekeraars"]["phone"],
        contact["registration"]["afm_number"],
        f"{contact['office']['address']}, {contact['office']['postcode']} {contact['office']['city']}",
        f"{contact['claims_post']['address']} {contact['claims_post']['postcode']} {contact['claims_post']['city']}",
    ):
        assert value in seed_text, value
    expected = {
        "coverage_answer": "2 werkdagen",
        "complaint_contact": "5 werkdagen",
        "first_premium": "30 dagen",
        "grace_after_warning": "15 dagen",
        "customer_notice": "1 maand",
        "insurer_notice": "2 maanden",
        "insurer_notice_nonpayment": "2 weken",
        "report_after_end": "1 maand",
        "report_criminal_decision": "1 maand",
        "object_to_change": "1 maand",
        "judgement_execution": "5 jaar",
    }
    for key, text in expected.items():
        assert str(k.period(key)) == text


def test_no_fact_is_typed_twice_in_texts() -> None:
    """Summaries, questions and FAQ templates use ${...} placeholders for amounts, phones, periods."""
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    k = knowledge()
    literals = [format_euro(v) for v in raw["amounts"].values() if v] + [
        k.contact["servicecenter"]["phone"],
        k.contact["klachtenbureau"]["phone"],
        k.contact["kifid"]["phone"],
        k.contact["verbond_van_verzekeraars"]["phone"],
        k.contact["servicecenter"]["email"],
        k.contact["klachtenbureau"]["email"],
        k.contact["registration"]["afm_number"],
    ]
    literals += [str(k.period(key)) for key in raw["periods"]]
    texts = [a["summary"] for a in raw["articles"].values()] + [f["answer"] for f in raw["faq"].values()]
    texts += [c["question"] for c in raw["circumstances"].values()] + [c["label"] for c in raw["costs"].values()]
    texts.append(raw["reminder"])
    for text in texts:
        flat = " ".join(text.split())
        for literal in literals:
            assert literal not in flat, f"{literal!r} typed in: {flat[:80]}"


def test_cite_and_validation_errors(tmp_path: Path) -> None:
    assert cite("Algemene regels 11g") == "(art. 11g Algemene regels)"
    assert (
        cite(["Consument & Wonen 3b", "Algemene regels 11g", "Consument & Wonen 3b"])
        == "(art. 3b Consument & Wonen; art. 11g Algemene regels)"
    )
    assert cite([]) == ""
    with pytest.raises(KnowledgeError):
        cite("Algemene regels 99")
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    raw["faq"]["minimum"]["answer"] = "${amounts.bestaat_niet}"
    with pytest.raises(KnowledgeError):
        Knowledge(raw)
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    raw["conflict_kinds"]["erfenis"]["covered_by"] = {"consument_wonen": "Consument & Wonen 9z"}
    with pytest.raises(KnowledgeError):
        Knowledge(raw)
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    del raw["contact"]["report_case"]
    with pytest.raises(KnowledgeError):
        Knowledge(raw)


def test_knowledge_is_loaded_once() -> None:
    assert knowledge() is knowledge()
