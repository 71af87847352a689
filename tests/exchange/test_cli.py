"""``handbook exchange …`` run as the real command line: cards, trust, send, open, apply, the province roll-up."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from tests.conftest import PASSWORD, CliResult
from tests.exchange.conftest import Committees, add_workplace_members

Cli = Callable[..., CliResult]


def run(cli: Cli, *args: str) -> CliResult:
    return cli(*args, "--user", "truongban", password=PASSWORD)


def test_card_and_trust_need_the_fingerprint_read_over_the_phone(
    cli: Cli, committees: Committees, tmp_path: Path
) -> None:
    xa = str(committees.xa.paths.root)
    card_file = tmp_path / "xa.card"
    r = run(cli, "exchange", "card", xa, "--out", str(card_file))
    assert r.code == 0, r.err
    fingerprint = next(line.split(": ", 1)[1] for line in r.out.splitlines() if line.startswith("Dấu vân tay"))
    assert card_file.exists() and (os.name == "nt" or card_file.stat().st_mode & 0o077 == 0)

    other = tmp_path / "moi"
    pw = tmp_path / "new.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    r = cli(
        "init",
        str(other),
        "--committee-name",
        "Đảng ủy Công ty Mới",
        "--full-name",
        "Lê Mới",
        "--insecure-test-kdf",
        "--new-password-file",
        str(pw),
    )
    assert r.code == 0, r.err
    r = cli("exchange", "trust", str(other), str(card_file), password=PASSWORD)
    assert r.code == 2 and fingerprint in r.out
    r = cli(
        "exchange",
        "trust",
        str(other),
        str(card_file),
        "--fingerprint",
        "AAAA BBBB CCCC DDDD EEEE FFFF",
        password=PASSWORD,
    )
    assert r.code == 2 and "không khớp" in r.err
    r = cli("exchange", "trust", str(other), str(card_file), "--fingerprint", fingerprint.lower(), password=PASSWORD)
    assert r.code == 0, r.err
    r = cli("exchange", "cards", str(other), password=PASSWORD, env={"HANDBOOK_LANG": "en"})
    assert "Đảng ủy xã Tân An" in r.out and "code 17890" in r.out


def test_requests_sent_opened_applied_once(cli: Cli, committees: Committees, tmp_path: Path) -> None:
    add_workplace_members(committees.workplace)
    truong, xa = str(committees.workplace.paths.root), str(committees.xa.paths.root)
    bundle = tmp_path / "de-nghi.sotay"
    r = run(
        cli,
        "exchange",
        "send",
        truong,
        "requests",
        str(bundle),
        "--year",
        "2025",
        "--all-members",
        "--doc-no",
        "45-CV/ĐU",
        "--deadline",
        "30/11/2025",
        "--to",
        "17890",
    )
    assert r.code == 0, r.err
    assert "mã hóa" in r.out and bundle.exists()

    r = run(cli, "exchange", "open", xa, str(bundle))
    assert r.code == 0, r.err
    assert "Nguyễn Văn An (CCCD 040090001234)" in r.out and "Sẽ mở 2 phiếu" in r.out
    assert committees.xa.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0

    r = run(cli, "exchange", "apply", xa, str(bundle))
    assert r.code == 0, r.err
    assert committees.xa.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 2
    r = run(cli, "exchange", "apply", xa, str(bundle))
    assert r.code == 2 and "không nhập lần thứ hai" in r.err

    changed = bytearray(bundle.read_bytes())
    changed[len(changed) // 2] ^= 0x04
    (tmp_path / "sua.sotay").write_bytes(bytes(changed))
    r = run(cli, "exchange", "open", xa, str(tmp_path / "sua.sotay"))
    assert r.code == 2 and "Traceback" not in r.err
    r = run(cli, "exchange", "open", xa, str(tmp_path / "khong-co.sotay"))
    assert r.code == 2 and "Không đọc được tệp" in r.err


def test_without_a_card_the_user_is_told_who_can_read_it(cli: Cli, committees: Committees, tmp_path: Path) -> None:
    add_workplace_members(committees.workplace)
    r = run(
        cli,
        "exchange",
        "send",
        str(committees.workplace.paths.root),
        "requests",
        str(tmp_path / "b.sotay"),
        "--year",
        "2025",
        "--all-members",
        "--deadline",
        "30/11/2025",
        "--recipient-name",
        "Xã Khác",
    )
    assert r.code == 0, r.err
    assert "ai có tệp cũng đọc được" in r.err


def test_figures_to_the_province_and_its_roll_up(cli: Cli, committees: Committees, tmp_path: Path) -> None:
    from handbook.flow.cases import open_year

    open_year(committees.xa, 2025)
    bundle = tmp_path / "so-lieu.sotay"
    r = run(cli, "exchange", "send", str(committees.xa.paths.root), "figures", str(bundle), "--year", "2025")
    assert r.code == 0, r.err
    tinh = str(committees.province.paths.root)
    r = run(cli, "exchange", "apply", tinh, str(bundle))
    assert r.code == 0, r.err
    r = run(cli, "exchange", "province", tinh, "--year", "2025")
    assert r.code == 0, r.err
    assert "Tỉnh Nghệ An: 1 xã/phường đã gửi, 130 chưa gửi" in r.out
    assert "Đảng ủy xã Tân An (17890)" in r.out and "Chưa gửi:" in r.out
    r = run(cli, "exchange", "province", tinh, "--year", "2025", "--json")
    assert '"code": "17890"' in r.out


def test_a_dispatch_as_a_file_carries_its_pdf(cli: Cli, committees: Committees, tmp_path: Path) -> None:
    from handbook.exchange.model import DispatchPayload
    from handbook.exchange.reader import open_bundle
    from tests.exchange.test_apply import confirmed_dispatch

    dispatch_id = confirmed_dispatch(committees)
    out = tmp_path / "cv.sotay"
    r = run(
        cli, "exchange", "send", str(committees.xa.paths.root), "dispatch", str(out), "--dispatch", str(dispatch_id)
    )
    assert r.code == 0, r.err
    opened = open_bundle(committees.workplace, out.read_bytes())
    assert isinstance(opened.payload, DispatchPayload) and (opened.payload.pdf or b"").startswith(b"%PDF")
    r = run(cli, "exchange", "send", str(committees.xa.paths.root), "dispatch", str(out))
    assert r.code == 2 and "--dispatch" in r.out
