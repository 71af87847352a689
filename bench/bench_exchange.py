"""Exchange benchmark: a dispatch bundle of 1,000 cases built and opened; a province roll-up of 120 communes.

Run: ``python -m bench.bench_exchange``. Vaults use the cheap test key cost (this measures bundles, not unlock).
Baseline: reading the same payload as plain JSON (parsed and checked field by field, no signature, no AES).

The 120 communes are not 120 real vaults (making 500,000 members in vaults would take far longer than the
roll-up itself): each is a key pair and a card trusted by the province, and its figures (about 4,200 members
in 30 cells, 500,000 in all) are made up and signed and encrypted exactly as a commune's vault would send them.
The figures of the 1,000-case commune are computed from its vault (round and reports), to time that step too;
the 120 carry report counts (format version 2) spread over the labels that commune's reports use.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from bench.bench_flow import populate
from bench.table import Row, median_time, ms, peak_rss_mb, print_table
from handbook.exchange import envelope, payloads
from handbook.exchange.apply import apply_bundle
from handbook.exchange.build import build_dispatch
from handbook.exchange.cards import export_card, set_mode, trust_card
from handbook.exchange.crypto import KeyPair, canonical
from handbook.exchange.fields import parse_json
from handbook.exchange.figures import round_figures
from handbook.exchange.model import Card, CellFigures, FiguresPayload, Kind, Mode, Party, ReportFigures
from handbook.exchange.province import rollup
from handbook.exchange.reader import open_bundle
from handbook.exchange.rollup_doc import rollup_doc, rollup_tables
from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.cases import CommentEntry
from handbook.flow.model import DispatchId
from handbook.permissions import Op
from handbook.reference.admin_units import load_admin_units
from handbook.reports.build import render
from handbook.vault import kdf
from handbook.vault.vault import Vault

CASES = 1_000
COMMUNES = 120
MEMBERS = 500_000
YEAR = 2025
PDF_BYTES = 2 * 1024 * 1024  # about what a 1,000-sheet dispatch PDF weighs


def vault_at(root: Path, name: str, mode: Mode, code: str) -> Vault:
    created = Vault.create(
        root,
        committee_name=name,
        username="truongban",
        full_name="Người Đo",
        password="mat-khau-do",
        kdf_params=kdf.TEST_ONLY,
    )
    set_mode(created.vault, mode, code=code)
    return created.vault


def introduce(a: Vault, b: Vault) -> None:
    card, data = export_card(a)
    trust_card(b, data, confirmed_fingerprint=card.fingerprint)


def dispatch_of_1000(xa: Vault) -> DispatchId:
    populate(xa, CASES)
    with xa.change(Op.REGISTRATIONS_EDIT):  # one workplace committee asked for all of them
        xa.conn.execute("UPDATE registrations SET workplace_org_id = (SELECT min(id) FROM external_orgs)")
    fc.open_year(xa, YEAR)
    ids = [c.id for c in fc.list_cases(xa, YEAR)]
    fc.record_comments(xa, [CommentEntry(i, (0, 1, 0, 1, 0, 1), "", date(2025, 11, 20), 0, "Bí Thư") for i in ids])
    fc.confirm(xa, ids, on=date(2025, 11, 25))
    made = fd.dispatch(xa, YEAR, on=date(2025, 12, 1))
    return max(made, key=lambda d: len(fd.get_dispatch(xa, d).case_ids))


def commune_reports(template: ReportFigures, members: int) -> ReportFigures:
    """The reports' counts of a commune of ``members``, spread over the labels a real commune's reports use."""
    structure = {}
    for key, counts in template.structure.items():
        labels = [label for label, _ in counts] or ["Chưa ghi"]
        share = members // len(labels)
        structure[key] = tuple(
            (label, share + (members - share * len(labels) if i == 0 else 0)) for i, label in enumerate(labels)
        )
    badges = {level: members // (200 + level) for level in template.badges}
    changes = {kind: members // (100 + i * 7) for i, kind in enumerate(sorted(template.changes))}
    return ReportFigures(
        template.structure_day,
        structure,
        template.badges_ceremony,
        badges,
        template.changes_start,
        template.changes_end,
        changes,
    )


def commune_figures(code: str, name: str, members: int, template: ReportFigures) -> FiguresPayload:
    cells = []
    per_cell = members // 30
    for i in range(30):
        n = per_cell + (members - per_cell * 30 if i == 0 else 0)
        reg = n // 5
        cells.append(
            CellFigures(
                f"Chi bộ thôn {i + 1}",
                n,
                reg,
                {"requested": reg // 4, "confirmed": reg // 4, "dispatched": reg - 2 * (reg // 4)},
            )
        )
    totals: dict[str, int] = {}
    for c in cells:
        for k, v in c.cases.items():
            totals[k] = totals.get(k, 0) + v
    return FiguresPayload(
        YEAR,
        date(2025, 12, 15),
        code,
        name,
        "40",
        members,
        sum(c.registered for c in cells),
        totals,
        tuple(cells),
        commune_reports(template, members),
    )


def main() -> None:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        xa = vault_at(root / "xa", "Đảng ủy xã Đo", Mode.COMMUNE, "99999")
        truong = vault_at(root / "truong", "Đảng ủy Cơ quan 0", Mode.WORKPLACE, "CQ0")
        tinh = vault_at(root / "tinh", "Ban Tổ chức Tỉnh ủy Nghệ An", Mode.PROVINCE, "40")
        for a, b in ((xa, truong), (truong, xa), (xa, tinh)):
            introduce(a, b)

        # --- a dispatch of 1,000 cases ------------------------------------------------------------------
        populate_start = time.perf_counter()
        dispatch_id = dispatch_of_1000(xa)
        xa.conn.execute(
            "UPDATE exchange_cards SET external_org_id = (SELECT workplace_org_id FROM dispatches WHERE id = ?)",
            (dispatch_id,),
        )
        sheets = len(fd.get_dispatch(xa, dispatch_id).case_ids)
        print(f"(setup: {sheets} confirmed cases in one dispatch, {time.perf_counter() - populate_start:.1f} s)")
        pdf = os.urandom(PDF_BYTES)
        built = [build_dispatch(xa, dispatch_id, pdf=pdf)]
        t_build = median_time(lambda: built.append(build_dispatch(xa, dispatch_id, pdf=pdf)), repeat=3)
        data = built[0].data
        t_open = median_time(lambda: open_bundle(truong, data), repeat=3)
        opened = open_bundle(truong, data)
        plain = canonical(payloads.to_json(opened.payload))
        t_plain = median_time(lambda: payloads.from_json(Kind.DISPATCH, parse_json(plain)), repeat=3)
        t_json = median_time(lambda: json.loads(plain), repeat=3)
        start = time.perf_counter()
        apply_bundle(truong, data)
        t_apply = time.perf_counter() - start
        mb = len(data) / 1024 / 1024
        rows += [
            Row(f"dispatch bundle of {sheets} cases built ({mb:.1f} MB)", ms(t_build), "-", "-", "< 1 s", t_build < 1),
            Row(
                "  opened: verified, decrypted, every field checked",
                ms(t_open),
                ms(t_plain),
                f"{t_open / t_plain:.1f}x",
                "< 1 s",
                t_open < 1,
            ),
            Row("  baseline detail: json.loads of the plain payload", ms(t_json), "-", "-", "-", True),
            Row("  applied at the workplace (one transaction)", ms(t_apply), "-", "-", "-", True),
        ]

        # --- the province roll-up ----------------------------------------------------------------------
        start = time.perf_counter()
        figures = round_figures(xa, YEAR)
        t_figures = time.perf_counter() - start
        units = load_admin_units().communes_of("40")[:COMMUNES]
        per = MEMBERS // COMMUNES
        bundles, plains = [], []
        me = Party("Ban Tổ chức Tỉnh ủy Nghệ An", "40", export_card(tinh)[0].fingerprint)
        province_card = export_card(tinh)[0]
        for n, unit in enumerate(units):
            keys = KeyPair(os.urandom(32), os.urandom(32))
            card = Card(f"Đảng ủy {unit.type} {unit.name}", unit.code, Mode.COMMUNE, keys.sign_public, keys.enc_public)
            trust_card(tinh, envelope.write_card(card, keys, datetime.now(UTC)), confirmed_fingerprint=card.fingerprint)
            members = per + (MEMBERS - per * COMMUNES if n == 0 else 0)
            assert figures.reports is not None
            payload = commune_figures(unit.code, card.name, members, figures.reports)
            plains.append(canonical(payloads.to_json(payload)))
            bundles.append(envelope.seal(Kind.FIGURES, payload, keys, card, me, province_card)[1])
        start = time.perf_counter()
        for bundle in bundles:
            apply_bundle(tinh, bundle)
        t_rollup = time.perf_counter() - start
        start = time.perf_counter()
        for p in plains:
            payloads.from_json(Kind.FIGURES, parse_json(p))
        t_rollup_plain = time.perf_counter() - start
        t_report = median_time(lambda: rollup_tables(rollup(tinh, YEAR)), repeat=3)
        report = rollup(tinh, YEAR)
        assert all(c.reports is not None for c in report.communes)
        doc = rollup_doc(report)
        t_xlsx = median_time(lambda: render(tinh, doc, "xlsx"), repeat=3)
        t_pdf = median_time(lambda: render(tinh, doc, "pdf"), repeat=1)
        assert report.members == MEMBERS and len(report.communes) == COMMUNES, report.members
        rows += [
            Row(f"round figures of the {CASES}-case commune computed", ms(t_figures), "-", "-", "-", True),
            Row(
                f"{COMMUNES} communes' figure bundles applied ({MEMBERS:,} members)",
                ms(t_rollup),
                ms(t_rollup_plain),
                f"{t_rollup / t_rollup_plain:.0f}x",
                "< 30 s",
                t_rollup < 30,
            ),
            Row(
                f"  province roll-up: round and {len(doc.sheets) - 2} report tables ({len(report.missing)} not sent)",
                ms(t_report),
                "-",
                "-",
                "< 2 s",
                t_report < 2,
            ),
            Row(f"  the roll-up saved as .xlsx ({len(doc.sheets)} sheets)", ms(t_xlsx), "-", "-", "-", True),
            Row("  the roll-up as PDF", ms(t_pdf), "-", "-", "-", True),
            Row("peak memory (RSS)", f"{peak_rss_mb():.0f} MB", "-", "-", "< 300 MB", peak_rss_mb() < 300),
        ]
        assert len(figures.cells) > 0
        for v in (xa, truong, tinh):
            v.close()
    print_table("Exchange: bundles between committees (baseline: the same JSON read without crypto)", rows)


if __name__ == "__main__":
    main()
