"""Issue 15: search, filters, preview, paging, assign, status that follows the actions, fixed lists."""

from __future__ import annotations

import re
from typing import Any

from desk.register import Register


def listed(html: str) -> list[str]:
    return re.findall(r'<a href="/klacht/(KL-\d{4}-\d{6})">', html)


async def test_zoeken_op_woorden_naam_email_en_nummer(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    await register.register(
        h.complaint(
            1,
            text="De advocaat belt nooit terug.\nEcht schandalig.",
            customer={"name": "Piet de Vries", "email": "piet@example.nl"},
        )
    )
    await register.register(
        h.complaint(
            2,
            text="Mijn premie is verhoogd zonder bericht.",
            customer={"name": "Anna Bakker", "email": "anna@voorbeeld.nl", "policy_number": "FP-778899"},
            confidential=True,
        )
    )
    await register.register(h.complaint(3, text="Wachttijd aan de telefoon is te lang.", channel="x"))
    await login(desk_client, "fleur")
    search = lambda q: desk_client.get("/", params={"q": q})  # noqa: E731
    assert listed(await (await search("advocaat terug")).text()) == ["KL-2026-000001"]
    assert listed(await (await search("BAKKER")).text()) == ["KL-2026-000002"]
    assert listed(await (await search("anna@voorbeeld.nl")).text()) == ["KL-2026-000002"]
    assert listed(await (await search("FP-778899")).text()) == ["KL-2026-000002"]
    assert listed(await (await search("KL-2026-000003")).text()) == ["KL-2026-000003"]
    assert listed(await (await search("conv-3")).text()) == ["KL-2026-000003"]
    assert listed(await (await search("bestaatniet")).text()) == []
    conf = await (await desk_client.get("/", params={"vertrouwelijk": "ja"})).text()
    assert listed(conf) == ["KL-2026-000002"]
    x_open = await (await desk_client.get("/", params={"vertrouwelijk": "nee", "channel": "x"})).text()
    assert listed(x_open) == ["KL-2026-000003"]
    # One-line preview of the customer's words.
    html = await (await desk_client.get("/")).text()
    assert '<td class="preview">De advocaat belt nooit terug. Echt schandalig.</td>' in html


async def test_bladeren_per_50(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    for i in range(1, 61):
        await register.register(h.complaint(i, received_at=f"2026-11-{1 + i % 28:02d}T10:{i % 60:02d}:00+01:00"))
    await login(desk_client, "fleur")
    first = await (await desk_client.get("/?channel=website")).text()
    second = await (await desk_client.get("/?channel=website&pagina=2")).text()
    assert "60 klachten · pagina 1 van 2" in first and len(listed(first)) == 50
    assert len(listed(second)) == 10 and not set(listed(first)) & set(listed(second))
    assert 'href="/?channel=website&amp;pagina=2"' in first


async def test_teamleider_wijst_toe_en_status_volgt(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    await register.register(h.complaint(1))
    await register.register(h.complaint(2, employee_concerned="Kees"))
    csrf = await login(desk_client, "kees", display_name="Kees")
    # Taking a complaint makes it "in behandeling" at once.
    await desk_client.post("/klacht/KL-2026-000001/claim", data={"csrf": csrf})
    assert (await register.get("KL-2026-000001"))["status"] == "in behandeling"
    # A handler cannot assign.
    html = await (
        await desk_client.post("/klacht/KL-2026-000001/assign", data={"csrf": csrf, "username": "kees"})
    ).text()
    assert "Alleen een teamleider" in html
    csrf = await login(desk_client, "lead", role="teamleider")
    page = await (await desk_client.get("/klacht/KL-2026-000001")).text()
    assert 'id="assign-select"' in page and '<option value="kees" selected>' in page
    await login(desk_client, "mila")
    csrf = await login(desk_client, "lead", role="teamleider")
    await desk_client.post("/klacht/KL-2026-000001/assign", data={"csrf": csrf, "username": "mila"})
    record = await register.get("KL-2026-000001")
    assert record["handler"] == "mila" and record["status"] == "in behandeling"
    assert ("lead", "toegewezen") in [(a["actor"], a["action"]) for a in await register.audit("KL-2026-000001")]
    assert listed(await (await desk_client.get("/?handler=mila")).text()) == ["KL-2026-000001"]
    # Not to the employee the complaint is about, not to an unknown account.
    html = await (
        await desk_client.post("/klacht/KL-2026-000002/assign", data={"csrf": csrf, "username": "kees"})
    ).text()
    assert "over hemzelf" in html
    html = await (
        await desk_client.post("/klacht/KL-2026-000002/assign", data={"csrf": csrf, "username": "niemand"})
    ).text()
    assert "Kies een actieve" in html and (await register.get("KL-2026-000002"))["handler"] is None


async def test_vaste_lijsten_voor_aard_afdeling_en_oorzaak(
    desk_client: Any, login: Any, register: Register, h: Any
) -> None:
    await register.register(h.complaint(1))
    csrf = await login(desk_client, "fleur")
    page = await (await desk_client.get("/klacht/KL-2026-000001")).text()
    assert '<option value="Doorlooptijd">' in page and '<option value="Klantenservice">' in page
    # The outcome has no default: the handler must choose.
    assert '<option value="" selected disabled>kies een uitkomst</option>' in page
    html = await (
        await desk_client.post(
            "/klacht/KL-2026-000001/classify",
            data={
                "csrf": csrf,
                "category": "iets zelfbedachts",
                "department": "",
                "root_cause": "",
                "employee_concerned": "",
            },
        )
    ).text()
    assert "Kies de aard uit de lijst" in html
    await desk_client.post(
        "/klacht/KL-2026-000001/classify",
        data={
            "csrf": csrf,
            "category": "Doorlooptijd",
            "department": "Klantenservice",
            "root_cause": "Proces of procedure",
            "employee_concerned": "",
        },
    )
    record = await register.get("KL-2026-000001")
    assert (record["category"], record["department"], record["root_cause"]) == (
        "Doorlooptijd",
        "Klantenservice",
        "Proces of procedure",
    )
    # Only a team leader edits the lists; old values stay on the records.
    assert (await desk_client.get("/lijsten")).status == 403
    csrf = await login(desk_client, "lead", role="teamleider")
    await desk_client.post("/lijsten", data={"csrf": csrf, "kind": "category", "values": "Snelheid\nBejegening\n"})
    page = await (await desk_client.get("/klacht/KL-2026-000001")).text()
    assert '<option value="Snelheid">' in page and '<option value="Doorlooptijd" selected>Doorlooptijd (oud)' in page
    report = await (await desk_client.get("/rapport/maand?maand=2026-11")).text()
    assert "Doorlooptijd" in report


async def test_uitstel_alleen_naar_later_en_door_de_behandelaar(
    desk_client: Any, login: Any, register: Register, h: Any
) -> None:
    await register.register(h.complaint(1, received_at="2026-11-20T10:00:00+01:00"))
    csrf = await login(desk_client, "fleur")
    html = await (
        await desk_client.post(
            "/klacht/KL-2026-000001/delay", data={"csrf": csrf, "new_date": "2026-12-30", "reason": "dossier"}
        )
    ).text()
    assert "Alleen de behandelaar" in html
    await desk_client.post("/klacht/KL-2026-000001/claim", data={"csrf": csrf})
    html = await (
        await desk_client.post(
            "/klacht/KL-2026-000001/delay", data={"csrf": csrf, "new_date": "2026-11-21", "reason": "dossier"}
        )
    ).text()
    assert "na de huidige termijn" in html
    html = await (
        await desk_client.post(
            "/klacht/KL-2026-000001/delay", data={"csrf": csrf, "new_date": "morgen", "reason": "dossier"}
        )
    ).text()
    assert "geldige nieuwe datum" in html
    await desk_client.post(
        "/klacht/KL-2026-000001/delay",
        data={"csrf": csrf, "new_date": "30-12-2026", "reason": "Wachten op de advocaat."},
    )
    record = await register.get("KL-2026-000001")
    assert record["answer_due"] == "2026-12-30T23:59:59+01:00"
    # The ARAG contact deadline (5 werkdagen) now falls on the new date.
    page = await (await desk_client.get("/klacht/KL-2026-000001")).text()
    assert "30-12-2026 23:59" in page
