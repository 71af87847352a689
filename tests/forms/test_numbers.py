"""Document numbers: one register per issuer, type and year, numbered when issued, and printable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from handbook.flow import numbers
from handbook.flow.model import RegistrationId, ResidenceKind
from handbook.flow.registrations import endorsement, register
from handbook.members import repo
from handbook.members.model import MemberData
from handbook.vault import migrations
from handbook.vault.sqlcipher import connect
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD, CliResult
from tests.forms.commune_data import Printed, build_printed
from tests.forms.pdftools import pdf_text


def test_each_issuer_has_its_own_register(vault: Vault) -> None:
    printed = build_printed(vault)
    conn = vault.conn
    # An was confirmed on 30/10/2025 under Quy định 213 (the committee, ĐU); Bình and Cường after
    # Kết luận 202 by the Ban (BXDĐ): the Ban's numbers start at 1, not after the committee's.
    texts = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT entity_id, confirm_number_text FROM cases c JOIN doc_numbers n"
            " ON n.entity = 'case' AND n.entity_id = c.id"
        )
    }
    assert texts[printed.old_rule] == "1-XN/ĐU"
    assert texts[printed.head] == "1-XN/BXDĐ" and texts[printed.deputy] == "2-XN/BXDĐ"
    assert numbers.next_number(conn, "BXDĐ", "confirmation", 2025) == 3
    assert numbers.next_number(conn, "ĐU", "confirmation", 2025) == 2
    assert numbers.next_number(conn, "BXDĐ", "confirmation", 2026) == 1


def test_numbers_follow_the_dates_documents_were_issued(vault: Vault) -> None:
    printed = build_printed(vault)
    regs = printed.commune.regs
    # Registered in this order, received on these days: printing any letter numbers the earlier ones first.
    late = _register(vault, printed, date(2024, 9, 4))
    early = _register(vault, printed, date(2024, 1, 10))
    middle = _register(vault, printed, date(2024, 3, 20))
    assert endorsement(vault, middle).letter_number_text == "6-GT/ĐU"  # after 10/01 and the four of 05/03
    assert numbers.number_of(vault.conn, "introduction", "registration", early) == "1-GT/ĐU"
    assert numbers.number_of(vault.conn, "introduction", "registration", regs[0]) == "2-GT/ĐU"
    assert numbers.number_of(vault.conn, "introduction", "registration", late) is None  # not issued yet
    assert endorsement(vault, late).letter_number_text == "8-GT/ĐU"  # the rest of March, April, then September
    assert endorsement(vault, middle).letter_number_text == "6-GT/ĐU"  # taken once, kept
    for entries in _by_register(numbers.register(vault.conn, 2024)).values():
        days = [e.issued_on for e in sorted(entries, key=lambda e: e.number)]
        assert days == sorted(days)
        assert [e.number for e in entries] == list(range(1, len(entries) + 1))


def _register(vault: Vault, printed: Printed, received: date) -> RegistrationId:
    mid = repo.add_member(vault, MemberData(ho="Đào", dem="Văn", ten=f"Ngày{received.toordinal()}"), accept=True)
    return register(
        vault,
        mid,
        workplace_org_id=printed.commune.school,
        letter_no="5-GT/ĐU",
        letter_date=None,
        received_date=received,
        residence_kind=ResidenceKind.PERMANENT,
        residence_address="Thôn Đông",
        cell_id=printed.commune.east,
    )


def _by_register(entries: list[numbers.Issued]) -> dict[tuple[str, str], list[numbers.Issued]]:
    out: dict[tuple[str, str], list[numbers.Issued]] = {}
    for e in entries:
        out.setdefault((e.issuer, e.doc_type), []).append(e)
    return out


def test_register_prints_from_the_cli(vault: Vault, cli: Callable[..., CliResult], tmp_path: Path) -> None:
    printed = build_printed(vault)
    root = printed.root
    vault.close()
    out = tmp_path / "so-van-ban.pdf"
    result = cli(
        "print", "numbers", root, "--user", "truongban", "--year", "2025", "--out", str(out), password=PASSWORD
    )
    assert result.code == 0, result.err
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in text
    for number in ("1-XN/ĐU", "1-XN/BXDĐ", "2-XN/BXDĐ", "1-CV/BXDĐ"):
        assert number in text
    assert "Cường" in text and "Trường Cao đẳng" in text  # table cells interleave in extracted text
    only = tmp_path / "chi-ban.pdf"
    result = cli(
        "print",
        "numbers",
        root,
        "--user",
        "truongban",
        "--year",
        "2025",
        "--issuer",
        "ĐU",
        "--out",
        str(only),
        password=PASSWORD,
    )
    assert result.code == 0, result.err
    text = " ".join(pdf_text(only.read_bytes()).split())
    assert "1-XN/ĐU" in text and "BXDĐ" not in text
    empty = cli(
        "print",
        "numbers",
        root,
        "--user",
        "truongban",
        "--year",
        "2019",
        "--out",
        str(tmp_path / "x.pdf"),
        password=PASSWORD,
    )
    assert empty.code != 0 and "chưa có văn bản nào được cấp số" in empty.err


def test_old_numbers_move_into_the_issuer_registers(tmp_path: Path) -> None:
    conn = connect(tmp_path / "old.db", b"\x01" * 32)
    conn.isolation_level = None
    for step in migrations.STEPS[:5]:
        migrations.apply_step(conn, step)
    conn.executemany(
        "INSERT INTO doc_numbers (doc_type, year, number, number_text, entity, entity_id, issued_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            ("introduction", 2025, 3, "3-GT/BXDĐ", "registration", 40, "2025-03-10T08:00:00+07:00"),
            ("introduction", 2025, 4, "4-GT/ĐU", "registration", 41, "2025-03-11T08:00:00+07:00"),
        ],
    )
    for step in migrations.STEPS[5:]:
        migrations.apply_step(conn, step)
    assert migrations.current_version(conn) == migrations.LATEST
    rows = conn.execute("SELECT issuer, number, number_text, issued_on FROM doc_numbers ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [("BXDĐ", 3, "3-GT/BXDĐ", "2025-03-10"), ("ĐU", 4, "4-GT/ĐU", "2025-03-11")]
    # The two issuers are separate registers: the committee may now take its own number 3.
    conn.execute(
        "INSERT INTO doc_numbers (issuer, doc_type, year, number, number_text, issued_on, entity, entity_id,"
        " issued_at) VALUES ('ĐU', 'introduction', 2025, 3, '3-GT/ĐU', '2025-04-01', 'registration', 42, 'x')"
    )
    with pytest.raises(Exception, match="UNIQUE"):  # sqlcipher3's IntegrityError
        conn.execute(
            "INSERT INTO doc_numbers (issuer, doc_type, year, number, number_text, issued_on, entity, entity_id,"
            " issued_at) VALUES ('ĐU', 'introduction', 2025, 3, '3-GT/ĐU', '2025-04-01', 'registration', 43, 'x')"
        )
    conn.close()
