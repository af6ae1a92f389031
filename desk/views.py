"""Desk pages and JSON API: complaint list and detail, actions, user admin, reports."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlencode

import aiohttp_jinja2
from aiohttp import web

from desk import auth, chat_triage, conversations, labels, lists, mail, privacy, social, transcript, workflow
from desk.deadlines import DUE_SOON_STATE, OPEN, OVERDUE, TZ, overall_state, parse_time, record_deadlines
from desk.keys import PROFILE, REDIS, REGISTER, SETTINGS
from desk.register import ACTIONS_TAKEN, IDX_CHANNEL, OUTCOMES, STATUSES, ActionRefused
from desk.reports import (
    build_report,
    compliance_svg,
    month_bounds,
    records_between,
    report_csv,
    report_pdf,
    year_bounds,
)

DEADLINE_FILTERS = (OVERDUE, DUE_SOON_STATE, OPEN)
ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ACCOUNT_AUDIT = "desk:audit:accounts"  # who created, (de)activated or reset which account
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


# ---------------------------------------------------------------- template helpers


def fmt_dt(value: str | datetime | None) -> str:
    if not value:
        return "-"
    try:
        parsed = value if isinstance(value, datetime) else parse_time(value)
    except ValueError:
        return str(value)
    return parsed.astimezone(TZ).strftime("%d-%m-%Y %H:%M") if parsed else "-"


def fmt_pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def safe_url(value: Any) -> str | None:
    """Only http(s) links become clickable; anything else (javascript:, data:) stays text."""
    text = str(value or "")
    return text if text.startswith(("https://", "http://")) else None


FILTERS = {"dt": fmt_dt, "pct": fmt_pct, "safe_url": safe_url}


async def template_context(request: web.Request) -> dict[str, Any]:
    flash = ""
    token = request.get("session_token")
    if token:
        key = auth.SESSION.format(token)
        raw = await request.app[REDIS].hget(key, "flash")
        if raw:
            flash = raw
            await request.app[REDIS].hdel(key, "flash")
    return {
        "user": request.get("user"),
        "csrf": request.get("csrf", ""),
        "profile": request.app[PROFILE],
        "flash": flash,
        "roles": auth.ROLES,
    }


async def flash(request: web.Request, message: str) -> None:
    await request.app[REDIS].hset(auth.SESSION.format(request["session_token"]), "flash", message)


def require_handler_role(request: web.Request) -> auth.User:
    user: auth.User = request["user"]
    if not user.can_handle:
        raise web.HTTPForbidden(text="Geen toegang: alleen-lezen account.")
    return user


def require_teamleider(request: web.Request) -> auth.User:
    user: auth.User = request["user"]
    if not user.is_teamleider:
        raise web.HTTPForbidden(text="Geen toegang: alleen voor teamleiders.")
    return user


def now() -> datetime:
    return datetime.now(timezone.utc)


def decorate(record: dict[str, Any], profile: Any, at: datetime) -> dict[str, Any]:
    statuses = record_deadlines(record, profile, at)
    open_due = [s for s in statuses if s.met is None or s.state == OVERDUE]
    return {
        "r": record,
        "deadlines": statuses,
        "state": OPEN if record.get("closed_at") else overall_state(statuses),
        "next_due": min((s.due for s in open_due), default=None) if not record.get("closed_at") else None,
    }


async def visible_record(request: web.Request) -> dict[str, Any]:
    cid = request.match_info["cid"]
    if not ID_RE.match(cid):
        raise web.HTTPNotFound(text="Onbekende klacht.")
    record = await request.app[REGISTER].get(cid)
    if record is None:
        raise web.HTTPNotFound(text="Onbekende klacht.")
    if not workflow.can_view(request["user"], record):
        # The same answer as for an unknown id: a forbidden id's existence is not revealed.
        raise web.HTTPNotFound(text="Onbekende klacht.")
    return record


# ---------------------------------------------------------------- lists and detail

PAGE_SIZE = 50
SEARCH_FIELDS = ("name", "email", "phone", "policy_number", "address")


def matches(record: dict[str, Any], words: list[str]) -> bool:
    """Every search word occurs in the customer's words, name, e-mail, phone, polis/reference or id."""
    customer = record.get("customer") or {}
    source = record.get("source") or {}
    hay = " ".join(
        [
            record.get("id", ""),
            record.get("text", ""),
            *(str(customer.get(f) or "") for f in SEARCH_FIELDS),
            *(str(v) for v in source.values() if isinstance(v, (str, int))),
        ]
    ).lower()
    return all(w in hay for w in words)


def preview(text: str, width: int = 110) -> str:
    line = " ".join(str(text or "").split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


async def filtered(request: web.Request) -> tuple[list[dict[str, Any]], dict[str, str]]:
    q = request.query
    filters = {
        k: q.get(k, "").strip()[:200] for k in ("status", "channel", "deadline", "handler", "q", "vertrouwelijk")
    }
    if filters["status"] not in STATUSES:
        filters["status"] = ""
    if filters["deadline"] not in DEADLINE_FILTERS:
        filters["deadline"] = ""
    if filters["vertrouwelijk"] not in ("ja", "nee"):
        filters["vertrouwelijk"] = ""
    words = filters["q"].lower().split()
    handler = filters["handler"]
    if handler == "mij":
        handler = request["user"].username
    register = request.app[REGISTER]
    ids = await register.ids(
        status=filters["status"] or None, channel=filters["channel"] or None, handler=handler or None, limit=5000
    )
    at = now()
    rows = []
    for record in await register.get_many(ids):
        if not workflow.can_view(request["user"], record):
            continue
        if filters["vertrouwelijk"] and bool(record.get("confidential")) != (filters["vertrouwelijk"] == "ja"):
            continue
        if words and not matches(record, words):
            continue
        row = decorate(record, request.app[PROFILE], at)
        if filters["deadline"] and row["state"] != filters["deadline"]:
            continue
        rows.append(row)
    return rows, filters


async def known_channels(request: web.Request) -> list[str]:
    prefix = IDX_CHANNEL.format("")
    keys = [k async for k in request.app[REDIS].scan_iter(match=prefix + "*", count=200)]
    return sorted(k[len(prefix) :] for k in keys)


async def complaint_list(request: web.Request) -> web.Response:
    rows, filters = await filtered(request)
    users = await auth.list_users(request.app[REDIS]) if request["user"].can_handle else []
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    raw_page = request.query.get("pagina", "1")
    page = min(max(int(raw_page), 1), pages) if raw_page.isdigit() else 1
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    for row in shown:
        row["preview"] = preview(row["r"].get("text", ""))
    query = {k: v for k, v in filters.items() if v}
    return aiohttp_jinja2.render_template(
        "list.html",
        request,
        {
            "rows": shown,
            "total": len(rows),
            "filters": filters,
            "statuses": STATUSES,
            "page": page,
            "pages": pages,
            "page_query": urlencode(query),
            "deadline_states": DEADLINE_FILTERS,
            "users": [u for u in users if u.can_handle],
            "channels": await known_channels(request),
            "possible_chats": await chat_triage.waiting(request.app[REDIS]) if request["user"].can_handle else [],
        },
    )


async def complaint_detail(request: web.Request) -> web.Response:
    record = await visible_record(request)
    audit = await request.app[REGISTER].audit(record["id"])
    users = await auth.list_users(request.app[REDIS]) if request["user"].is_teamleider else []
    row = decorate(record, request.app[PROFILE], now())
    return aiohttp_jinja2.render_template(
        "detail.html",
        request,
        {
            "row": row,
            "audit": audit,
            "outcomes": OUTCOMES,
            "actions_taken": ACTIONS_TAKEN,
            "kinds": workflow.CORRESPONDENCE_KINDS,
            "may_edit": request["user"].can_handle,
            "turns": transcript.turns(record),
            "lists": await lists.get_lists(request.app[REDIS]),
            "list_labels": lists.KINDS,
            "colleagues": [u for u in users if u.active and u.can_handle],
            "answer_deadline": answer_deadline(row),
            "mail_templates": mail.TEMPLATES,
            "mail_enabled": bool(request.app[SETTINGS].smtp_url),
        },
    )


def answer_deadline(row: dict[str, Any]) -> Any:
    """The deadline a delay notice moves: the one met by the final answer (None if the profile has none)."""
    for status in row["deadlines"]:
        if "final_answer_at" in status.deadline.met_by and not row["r"].get("final_answer_at"):
            return status
    return None


async def complaint_action(request: web.Request) -> web.Response:
    user = require_handler_role(request)
    record = await visible_record(request)
    form = await request.post()
    action = request.match_info["action"]
    text = lambda name: str(form.get(name, ""))  # noqa: E731
    register = request.app[REGISTER]
    r = request.app[REDIS]
    also = None
    if action == "no_complaint":
        reason = text("reason")

        def also(pipe: Any, rec: dict[str, Any]) -> None:  # noqa: F811 - the label commits with the change
            labels.queue_label(pipe, rec.get("text", ""), labels.NO_COMPLAINT, "handler", rec["id"], reason.strip())

    if action == "assign":
        colleague = await auth.get_user(r, text("username")) if auth.valid_username(text("username")) else None
    if action == "delay":
        status = answer_deadline(decorate(record, request.app[PROFILE], now()))
        new_due = parse_day(text("new_date"))
        if status is None or new_due is None:
            await flash(request, "Niet gelukt: kies een geldige nieuwe datum (dd-mm-jjjj).")
            raise web.HTTPSeeOther(f"/klacht/{record['id']}")
    if action == "mail":
        return await send_mail_action(request, user, record, text("template"))
    classification_lists = await lists.get_lists(r) if action == "classify" else {}
    mutations = {
        "claim": lambda: workflow.claim(user),
        "assign": lambda: workflow.assign(user, colleague),
        "classify": lambda: workflow.set_classification(
            user,
            classification_lists,
            text("category"),
            text("department"),
            text("root_cause"),
            text("employee_concerned"),
        ),
        "customer": lambda: workflow.set_customer(user, {f: text(f) for f in workflow.CUSTOMER_FIELDS}),
        "no_complaint": lambda: workflow.mark_no_complaint(user, text("reason")),
        "delay": lambda: workflow.delay_notice(
            user, new_due.isoformat() if new_due else "", status.due.isoformat() if status else "", text("reason")
        ),
        "acknowledge": lambda: workflow.acknowledge(user),
        "correspondence": lambda: workflow.log_correspondence(user, text("kind"), text("direction"), text("summary")),
        "details": lambda: workflow.set_details(user, text("category"), text("department"), text("employee_concerned")),
        "outcome": lambda: workflow.set_outcome(
            user, text("outcome"), text("reasoning"), [str(a) for a in form.getall("actions", [])], text("leerpunt")
        ),
        "kifid": lambda: workflow.refer_to_kifid(user),
        "close": lambda: workflow.close(user),
    }
    names = {
        "claim": "in behandeling genomen",
        "acknowledge": "ontvangst bevestigd",
        "correspondence": "correspondentie vastgelegd",
        "details": "gegevens bijgewerkt",
        "classify": "gegevens bijgewerkt",
        "customer": "klantgegevens gecorrigeerd",
        "assign": "toegewezen",
        "no_complaint": "gemarkeerd als geen klacht",
        "delay": "uitstelbericht: termijn verschoven",
        "outcome": "uitkomst vastgelegd",
        "kifid": "gewezen op het Kifid",
        "close": "afgehandeld",
    }
    if action not in mutations:
        raise web.HTTPNotFound()
    try:
        await register.update(record["id"], user.username, names[action], mutations[action](), also=also)
        await flash(request, f"Klacht {record['id']}: {names[action]}.")
    except ActionRefused as exc:
        await flash(request, f"Niet gelukt: {exc}")
    raise web.HTTPSeeOther(f"/klacht/{record['id']}")


def parse_day(value: str) -> datetime | None:
    """End (23:59:59, Dutch time) of a date given as dd-mm-jjjj or jjjj-mm-dd."""
    value = value.strip()
    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            day = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return day.replace(hour=23, minute=59, second=59, tzinfo=TZ)
    return None


async def api_list(request: web.Request) -> web.Response:
    rows, _filters = await filtered(request)
    return web.json_response(
        [
            {
                "id": row["r"]["id"],
                "received_at": row["r"]["received_at"],
                "channel": row["r"]["channel"],
                "status": row["r"]["status"],
                "handler": row["r"].get("handler"),
                "deadline_state": row["state"],
                "next_due": row["next_due"].isoformat() if row["next_due"] else None,
            }
            for row in rows
        ]
    )


async def api_detail(request: web.Request) -> web.Response:
    record = await visible_record(request)
    return web.json_response(record)


# ---------------------------------------------------------------- users


async def users_page(request: web.Request) -> web.Response:
    require_teamleider(request)
    users = await auth.list_users(request.app[REDIS])
    return aiohttp_jinja2.render_template("users.html", request, {"users": users})


async def users_action(request: web.Request) -> web.Response:
    me = require_teamleider(request)
    form = await request.post()
    action = str(form.get("action", ""))
    username = str(form.get("username", "")).strip()
    r = request.app[REDIS]
    try:
        if action == "create":
            await auth.create_user(
                r,
                username,
                str(form.get("password", "")),
                str(form.get("role", "")),
                str(form.get("display_name", "")).strip(),
                str(form.get("email", "")),
            )
            await flash(request, f"Account {username} aangemaakt.")
        elif action in ("deactivate", "activate"):
            if username == me.username:
                raise ValueError("u kunt uw eigen account niet uitschakelen")
            if await auth.get_user(r, username) is None:
                raise ValueError("onbekende gebruiker")
            await auth.set_active(r, username, action == "activate")
            await flash(request, f"Account {username} {'ingeschakeld' if action == 'activate' else 'uitgeschakeld'}.")
        elif action == "password":
            if await auth.get_user(r, username) is None:
                raise ValueError("onbekende gebruiker")
            # Set by someone else: the owner chooses their own at the next login.
            await auth.set_password(r, username, str(form.get("password", "")), must_change=username != me.username)
            await flash(request, f"Wachtwoord van {username} gewijzigd.")
        else:
            raise ValueError("onbekende actie")
        await r.xadd(
            ACCOUNT_AUDIT, {"at": now().isoformat(), "actor": me.username, "action": action, "account": username}
        )
    except ValueError as exc:
        await flash(request, f"Niet gelukt: {exc}")
    raise web.HTTPSeeOther("/gebruikers")


# ---------------------------------------------------------------- reports


def _month(request: web.Request) -> str:
    month = request.match_info.get("month") or request.query.get("maand") or now().astimezone(TZ).strftime("%Y-%m")
    if not MONTH_RE.match(month):
        raise web.HTTPBadRequest(text="Maand als JJJJ-MM.")
    return month


async def _monthly(request: web.Request) -> tuple[str, Any]:
    require_handler_role(request)
    month = _month(request)
    start, end = month_bounds(month)
    records = await records_between(request.app[REGISTER], start, end)
    return month, build_report(f"Maandrapportage {month}", month, records, request.app[PROFILE], now())


async def monthly_page(request: web.Request) -> web.Response:
    month, report = await _monthly(request)
    return aiohttp_jinja2.render_template("monthly.html", request, {"report": report, "month": month})


async def monthly_svg(request: web.Request) -> web.Response:
    _month_, report = await _monthly(request)
    return web.Response(body=compliance_svg(report), content_type="image/svg+xml")


async def monthly_csv(request: web.Request) -> web.Response:
    month, report = await _monthly(request)
    body = report_csv(report, request.app[PROFILE], now())
    return web.Response(
        text=body,
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="klachten-{month}.csv"'},
    )


async def yearly_page(request: web.Request) -> web.Response:
    require_handler_role(request)
    year = _year(request)
    start, end = year_bounds(year)
    records = await records_between(request.app[REGISTER], start, end)
    report = build_report(f"Klachtenrapportage {year}", str(year), records, request.app[PROFILE], now())
    return aiohttp_jinja2.render_template("yearly.html", request, {"report": report, "year": year})


async def send_mail_action(
    request: web.Request, user: auth.User, record: dict[str, Any], template: str
) -> web.Response:
    try:
        await mail.send_template(request.app, record["id"], template, user.username)
        await flash(request, f"Klacht {record['id']}: e-mail verstuurd ({mail.TEMPLATES.get(template, template)}).")
    except (ActionRefused, mail.MailError) as exc:
        await flash(request, f"Niet gelukt: {exc}")
    raise web.HTTPSeeOther(f"/klacht/{record['id']}")


async def lists_page(request: web.Request) -> web.Response:
    require_teamleider(request)
    return aiohttp_jinja2.render_template(
        "lists.html", request, {"lists": await lists.get_lists(request.app[REDIS]), "labels": lists.KINDS}
    )


async def lists_action(request: web.Request) -> web.Response:
    me = require_teamleider(request)
    form = await request.post()
    kind = str(form.get("kind", ""))
    try:
        await lists.set_list(request.app[REDIS], kind, str(form.get("values", "")).splitlines(), me.username)
        await flash(request, f"Lijst {lists.KINDS[kind].lower()} opgeslagen.")
    except ValueError as exc:
        await flash(request, f"Niet gelukt: {exc}")
    raise web.HTTPSeeOther("/lijsten")


async def privacy_page(request: web.Request) -> web.Response:
    require_teamleider(request)
    settings = request.app[SETTINGS]
    entries = await request.app[REDIS].xrevrange(privacy.AUDIT_PRIVACY, count=50)
    return aiohttp_jinja2.render_template(
        "privacy.html", request, {"settings": settings, "log": [fields for _i, fields in entries]}
    )


async def privacy_export(request: web.Request) -> web.Response:
    me = require_teamleider(request)
    form = await request.post()
    who = str(form.get("who", "")).strip()[:200]
    if not who:
        await flash(request, "Niet gelukt: vul een e-mailadres of naam in.")
        raise web.HTTPSeeOther("/privacy")
    data = await privacy.export(request.app[REDIS], request.app[REGISTER], who, me.username)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", who)[:60]
    return web.json_response(
        data,
        dumps=lambda d: json.dumps(d, ensure_ascii=False, indent=1),
        headers={"Content-Disposition": f'attachment; filename="inzage-{safe}.json"'},
    )


async def privacy_erase(request: web.Request) -> web.Response:
    me = require_teamleider(request)
    form = await request.post()
    why = str(form.get("reason", "")).strip()[:500]
    who = str(form.get("who", "")).strip()[:200]
    register = request.app[REGISTER]
    if not why or not who:
        await flash(request, "Niet gelukt: vul het e-mailadres of de naam en de reden in.")
        raise web.HTTPSeeOther("/privacy")
    count = await privacy.erase_subject(request.app[REDIS], register, who, me.username, why)
    await flash(request, f"{count} klacht(en) geanonimiseerd.")
    raise web.HTTPSeeOther("/privacy")


async def privacy_retention(request: web.Request) -> web.Response:
    me = require_teamleider(request)
    settings = request.app[SETTINGS]
    result = await privacy.apply_retention(
        request.app[REDIS], request.app[REGISTER], settings.retention_intake_days, settings.retention_closed_days
    )
    await request.app[REDIS].xadd(
        privacy.AUDIT_PRIVACY,
        {"at": now().isoformat(), "actor": me.username, "action": "retention", "detail": json.dumps(result)},
    )
    await flash(
        request,
        f"Bewaartermijnen toegepast: {result['trimmed']} berichten verwijderd, "
        f"{result['anonymised']} klachten geanonimiseerd.",
    )
    raise web.HTTPSeeOther("/privacy")


async def yearly_pdf(request: web.Request) -> web.Response:
    require_handler_role(request)
    year = _year(request)
    start, end = year_bounds(year)
    records = await records_between(request.app[REGISTER], start, end)
    report = build_report(f"Klachtenrapportage {year}", str(year), records, request.app[PROFILE], now())
    body = await asyncio.to_thread(report_pdf, report)
    return web.Response(
        body=body,
        content_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="klachtenrapportage-{year}.pdf"'},
    )


async def yearly_svg(request: web.Request) -> web.Response:
    require_handler_role(request)
    year = _year(request)
    start, end = year_bounds(year)
    records = await records_between(request.app[REGISTER], start, end)
    report = build_report(f"Klachtenrapportage {year}", str(year), records, request.app[PROFILE], now())
    return web.Response(body=compliance_svg(report), content_type="image/svg+xml")


def _year(request: web.Request) -> int:
    raw = request.match_info.get("year") or request.query.get("jaar") or str(now().astimezone(TZ).year - 1)
    if not raw.isdigit() or not 2000 <= int(raw) <= 2100:
        raise web.HTTPBadRequest(text="Jaar als JJJJ.")
    return int(raw)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/privacy", privacy_page)
    app.router.add_post("/privacy/inzage", privacy_export)
    app.router.add_post("/privacy/wissen", privacy_erase)
    app.router.add_post("/privacy/bewaartermijn", privacy_retention)
    app.router.add_get("/rapport/jaar/{year}.pdf", yearly_pdf)
    app.router.add_get("/rapport/jaar/{year}.svg", yearly_svg)
    app.router.add_get("/lijsten", lists_page)
    app.router.add_post("/lijsten", lists_action)
    app.router.add_get("/", complaint_list)
    app.router.add_get("/klacht/{cid}", complaint_detail)
    app.router.add_post("/klacht/{cid}/{action}", complaint_action)
    app.router.add_get("/api/klachten", api_list)
    app.router.add_get("/api/klachten/{cid}", api_detail)
    app.router.add_get("/gebruikers", users_page)
    app.router.add_post("/gebruikers", users_action)
    app.router.add_get("/rapport/maand", monthly_page)
    app.router.add_get("/rapport/maand/{month}.svg", monthly_svg)
    app.router.add_get("/rapport/maand/{month}.csv", monthly_csv)
    app.router.add_get("/rapport/jaar", yearly_page)
    social.add_routes(app)
    chat_triage.add_routes(app)
    conversations.add_routes(app)
