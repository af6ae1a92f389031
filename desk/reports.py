"""Monthly and yearly complaint reports: counts, deadline compliance, chart (SVG) and CSV."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desk.deadlines import TZ, Profile, record_deadlines
from desk.register import Register, counts_as_complaint


@dataclass
class DeadlineCompliance:
    label: str
    description: str
    met: int = 0
    missed: int = 0
    open: int = 0
    norm: float | None = None

    @property
    def share(self) -> float | None:
        decided = self.met + self.missed
        return self.met / decided if decided else None

    @property
    def meets_norm(self) -> bool | None:
        if self.norm is None or self.share is None:
            return None
        return self.share >= self.norm


@dataclass
class Report:
    title: str
    period: str
    total: int
    by_department: list[tuple[str, int]]
    by_channel: list[tuple[str, int]]
    by_category: list[tuple[str, int]]
    by_outcome: list[tuple[str, int]]
    by_status: list[tuple[str, int]]
    compliance: list[DeadlineCompliance]
    kifid: int
    resolved_immediately: int
    leerpunten: list[dict[str, str]] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    by_root_cause: list[tuple[str, int]] = field(default_factory=list)
    not_complaints: int = 0


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """Start and end (exclusive) of "YYYY-MM" in Dutch time."""
    year, mon = (int(p) for p in month.split("-"))
    start = datetime(year, mon, 1, tzinfo=TZ)
    end = datetime(year + (mon == 12), mon % 12 + 1, 1, tzinfo=TZ)
    return start, end


def year_bounds(year: int) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1, tzinfo=TZ), datetime(year + 1, 1, 1, tzinfo=TZ)


def _count(records: list[dict[str, Any]], key: str, empty: str = "(onbekend)") -> list[tuple[str, int]]:
    counter = Counter((r.get(key) or empty) for r in records)
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def build_report(title: str, period: str, records: list[dict[str, Any]], profile: Profile, now: datetime) -> Report:
    corrected = [r for r in records if not counts_as_complaint(r)]
    records = [r for r in records if counts_as_complaint(r)]  # "geen klacht" leaves every KPI count
    compliance = [DeadlineCompliance(d.label, d.description, norm=d.norm) for d in profile.deadlines]
    for record in records:
        for slot, status in zip(compliance, record_deadlines(record, profile, now), strict=True):
            if status.met is True:
                slot.met += 1
            elif status.met is False:
                slot.missed += 1
            else:
                slot.open += 1
    leerpunten = [
        {
            "id": r["id"],
            "department": r.get("department") or "(onbekend)",
            "category": r.get("category") or "",
            "leerpunt": r["leerpunt"],
        }
        for r in records
        if r.get("leerpunt")
    ]
    return Report(
        title=title,
        period=period,
        total=len(records),
        by_department=_count(records, "department"),
        by_channel=_count(records, "channel"),
        by_category=_count(records, "category"),
        by_outcome=_count(records, "outcome", "(nog geen uitkomst)"),
        by_status=_count(records, "status"),
        compliance=compliance,
        by_root_cause=_count(records, "root_cause"),
        not_complaints=len(corrected),
        kifid=sum(1 for r in records if r.get("kifid_referral")),
        resolved_immediately=sum(1 for r in records if r.get("resolved_immediately")),
        leerpunten=leerpunten,
        records=records,
    )


async def records_between(register: Register, start: datetime, end: datetime) -> list[dict[str, Any]]:
    ids = await register.ids(start=start.timestamp(), end=end.timestamp() - 1e-6)
    return await register.get_many(ids)


def compliance_svg(report: Report) -> bytes:
    """Share that met each deadline against its norm, and complaints per channel, as SVG.

    Text is rendered as paths, so no label can inject markup into the SVG.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    plt.rcParams["svg.fonttype"] = "path"
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(10, 3.4), gridspec_kw={"width_ratios": [3, 2]})
    try:
        labels = [c.label for c in report.compliance]
        bars = ax.bar(labels, [100 * (c.share or 0) for c in report.compliance], color="#2b6cb0")
        for i, c in enumerate(report.compliance):
            if c.norm is not None:
                ax.hlines(
                    100 * c.norm,
                    i - 0.4,
                    i + 0.4,
                    colors="#c53030",
                    linestyles="dashed",
                    label="norm" if i == 0 else None,
                )
        for bar, c in zip(bars, report.compliance, strict=True):
            text = "geen data" if c.share is None else f"{100 * c.share:.0f}%"
            ax.annotate(
                text, (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center", va="bottom", fontsize=8
            )
        ax.set_ylim(0, 110)
        ax.set_ylabel("% op tijd")
        ax.set_title(f"Termijnen {report.period}", fontsize=10)
        ax.tick_params(axis="x", labelsize=8)
        if any(c.norm is not None for c in report.compliance):
            ax.legend(loc="lower right", fontsize=8)
        channels = report.by_channel[:8]
        ax2.barh([name for name, _n in channels][::-1], [n for _name, n in channels][::-1], color="#4a5568")
        ax2.set_title("Klachten per kanaal", fontsize=10)
        ax2.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax2.tick_params(labelsize=8)
        return svg_bytes(fig)
    finally:
        plt.close(fig)


def svg_bytes(fig: Any) -> bytes:
    """A matplotlib figure as SVG, laid out tightly (shared by every chart in the desk)."""
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="svg")
    return buf.getvalue()


def _cell(value: Any) -> str:
    """A CSV cell that spreadsheet programs will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def report_csv(report: Report, profile: Profile, now: datetime) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    header = [
        "id",
        "ontvangen",
        "kanaal",
        "afdeling",
        "aard",
        "status",
        "uitkomst",
        "behandelaar",
        "kifid",
        "direct opgelost",
    ]
    header += [f"{d.label} ({d.amount} {d.unit})" for d in profile.deadlines]
    writer.writerow(header)
    for r in report.records:
        statuses = record_deadlines(r, profile, now)
        row = [
            r["id"],
            r["received_at"],
            r.get("channel"),
            r.get("department"),
            r.get("category"),
            r.get("status"),
            r.get("outcome") or "",
            r.get("handler") or "",
            "ja" if r.get("kifid_referral") else "nee",
            "ja" if r.get("resolved_immediately") else "nee",
        ]
        row += [s.state for s in statuses]
        writer.writerow([_cell(v) for v in row])
    writer.writerow([])
    writer.writerow(["termijn", "gehaald", "niet gehaald", "open", "percentage", "norm"])
    for c in report.compliance:
        writer.writerow(
            [
                c.description,
                c.met,
                c.missed,
                c.open,
                "" if c.share is None else f"{100 * c.share:.1f}",
                "" if c.norm is None else f"{100 * c.norm:.0f}",
            ]
        )
    return out.getvalue()


def report_pdf(report: Report) -> bytes:
    """The yearly report as a PDF (matplotlib's PDF backend): figures, deadline chart, leerpunten."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    buf = io.BytesIO()
    with PdfPages(buf, metadata={"Title": report.title, "Author": "ARAG Klachtenbureau"}) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))  # A4
        try:
            lines = [
                report.title,
                "",
                f"Totaal: {report.total} klachten; direct opgelost: {report.resolved_immediately}; "
                f"klant gewezen op het Kifid: {report.kifid}.",
            ]
            if report.not_complaints:
                lines.append(f"Gecorrigeerd tot 'geen klacht' (telt niet mee): {report.not_complaints}.")
            for title, items in (
                ("Per aard", report.by_category),
                ("Per uitkomst", report.by_outcome),
                ("Per afdeling", report.by_department),
                ("Per oorzaak", report.by_root_cause),
                ("Per kanaal", report.by_channel),
            ):
                lines += ["", title] + [f"    {name}: {n}" for name, n in items[:12]]
            lines += ["", "Termijnen"] + [
                f"    {c.description}: {c.met} gehaald, {c.missed} niet gehaald, {c.open} open"
                + ("" if c.share is None else f" ({100 * c.share:.0f}%)")
                for c in report.compliance
            ]
            fig.text(0.08, 0.95, "\n".join(lines), va="top", family="DejaVu Sans", fontsize=9, wrap=True)
            pdf.savefig(fig)
        finally:
            plt.close(fig)
        fig, ax = plt.subplots(figsize=(8.27, 5))
        try:
            ax.bar(
                [c.label for c in report.compliance], [100 * (c.share or 0) for c in report.compliance], color="#2b6cb0"
            )
            ax.set_ylim(0, 110)
            ax.set_ylabel("% op tijd")
            ax.set_title(f"Termijnen {report.period}")
            fig.tight_layout()
            pdf.savefig(fig)
        finally:
            plt.close(fig)
        if report.leerpunten:
            fig = plt.figure(figsize=(8.27, 11.69))
            try:
                text = "\n".join(
                    ["Leerpunten", ""]
                    + [
                        f"{item['department']} / {item['category']}: {item['leerpunt'][:160]}"
                        for item in report.leerpunten[:60]
                    ]
                )
                fig.text(0.08, 0.95, text, va="top", fontsize=8, wrap=True)
                pdf.savefig(fig)
            finally:
                plt.close(fig)
    return buf.getvalue()
