"""The document registers (sổ đăng ký văn bản đi): one running number per issuer, document type and year.

A number is taken when a document is issued with its date: a confirmation when confirmed, a dispatch when
made; an introduction letter (dated the day the workplace's letter was received) when it is first printed,
after every unnumbered letter of the year dated before it, so a register's numbers follow its documents' dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from handbook.flow.rules import DocCode
from handbook.vault.audit import now_iso

DOC_TYPES = ("confirmation", "dispatch", "introduction")


@dataclass(frozen=True)
class Issued:
    """One line of a register: the number given, to which document, of which date."""

    issuer: str
    doc_type: str
    year: int
    number: int
    number_text: str
    issued_on: date
    entity: str
    entity_id: int


def issuer_code(code: DocCode, *, special_zone: bool) -> str:
    """The issuer part of a number ("BXDĐ" in "12-XN/BXDĐ"): the register the number belongs to."""
    return code.issuer_special_zone if special_zone and code.issuer_special_zone else code.issuer


def next_number(conn: Any, issuer: str, doc_type: str, year: int) -> int:
    row = conn.execute(
        "SELECT max(number) FROM doc_numbers WHERE issuer = ? AND doc_type = ? AND year = ?",
        (issuer, doc_type, year),
    ).fetchone()
    return int(row[0] or 0) + 1


def issue(
    conn: Any,
    code: DocCode,
    doc_type: str,
    on: date,
    entity: str,
    entity_id: int,
    *,
    special_zone: bool = False,
) -> tuple[int, str]:
    """Take the next number of the issuer's register for ``doc_type`` in ``on.year`` (inside the caller's
    transaction) and record the document it was given to and its date."""
    issuer = issuer_code(code, special_zone=special_zone)
    number = next_number(conn, issuer, doc_type, on.year)
    text = code.number_text(number, special_zone=special_zone)
    conn.execute(
        "INSERT INTO doc_numbers (issuer, doc_type, year, number, number_text, issued_on, entity, entity_id,"
        " issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (issuer, doc_type, on.year, number, text, on.isoformat(), entity, entity_id, now_iso()),
    )
    return number, text


def number_of(conn: Any, doc_type: str, entity: str, entity_id: int) -> str | None:
    """The number text already given to a record's document, if any."""
    row = conn.execute(
        "SELECT number_text FROM doc_numbers WHERE doc_type = ? AND entity = ? AND entity_id = ?",
        (doc_type, entity, entity_id),
    ).fetchone()
    return str(row[0]) if row else None


def register(conn: Any, year: int, *, issuer: str | None = None, doc_type: str | None = None) -> list[Issued]:
    """The numbers given in ``year``, by issuer, type and number (optionally one issuer or one type)."""
    sql = (
        "SELECT issuer, doc_type, year, number, number_text, issued_on, entity, entity_id FROM doc_numbers"
        " WHERE year = ?"
    )
    args: list[object] = [year]
    if issuer is not None:
        sql += " AND issuer = ?"
        args.append(issuer)
    if doc_type is not None:
        sql += " AND doc_type = ?"
        args.append(doc_type)
    rows = conn.execute(sql + " ORDER BY issuer, doc_type, number", args).fetchall()
    return [
        Issued(str(r[0]), str(r[1]), int(r[2]), int(r[3]), str(r[4]), date.fromisoformat(r[5]), str(r[6]), int(r[7]))
        for r in rows
    ]
