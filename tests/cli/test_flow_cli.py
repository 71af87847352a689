"""``handbook flow`` as a subprocess: refusals exit non-zero with the reason, in the chosen language."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from handbook.flow import cases as fc
from handbook.flow.cases import CommentEntry
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD, CliResult
from tests.flow.conftest import build_commune

Cli = Callable[..., CliResult]


def prepared(vault: Vault) -> str:
    c = build_commune(vault)
    fc.open_year(vault, 2025)
    ids = [x.id for x in fc.list_cases(vault, 2025)]
    fc.record_comments(
        vault, [CommentEntry(i, (0, 0, 0, 0, 0, 0), "", date(2025, 11, 20), 0, "Bí Thư") for i in ids[:3]]
    )
    root = str(c.vault.paths.root)
    vault.close()
    return root


def test_status_confirm_dispatch(vault: Vault, cli: Cli) -> None:
    root = prepared(vault)
    st = cli("flow", "status", root, "--year", "2025", "--user", "truongban", password=PASSWORD)
    assert st.code == 0 and "Năm 2025: 4 phiếu" in st.out and "Chờ xác nhận: 3" in st.out
    js = json.loads(
        cli("flow", "status", root, "--year", "2025", "--json", "--user", "truongban", password=PASSWORD).out
    )
    assert js["by_state"]["commented"] == 3 and js["by_cell"]["Chi bộ thôn Đông"]["commented"] == 2
    refused = cli(
        "flow", "confirm", root, "--year", "2025", "--all-commented", "--user", "chuyenvien", password=PASSWORD
    )
    assert refused.code == 4 and "không được phép xác nhận nhận xét" in refused.err
    refused_en = cli(
        "flow",
        "confirm",
        root,
        "--year",
        "2025",
        "--all-commented",
        "--user",
        "chuyenvien",
        "--lang",
        "en",
        password=PASSWORD,
    )
    assert "may not confirm comments" in refused_en.err
    ok = cli("flow", "confirm", root, "--year", "2025", "--all-commented", "--user", "truongban", password=PASSWORD)
    assert ok.code == 0 and "Đã xác nhận 3 phiếu" in ok.out and "1-XN/BXDĐ" in ok.out
    again = cli("flow", "confirm", root, "--year", "2025", "--case", "4", "--user", "truongban", password=PASSWORD)
    assert again.code != 0 and "Chưa xác nhận gì" in again.err
    sent = cli("flow", "dispatch", root, "--year", "2025", "--all", "--user", "chuyenvien", password=PASSWORD)
    assert sent.code == 0 and "1-CV/BXDĐ" in sent.out
    none_left = cli("flow", "dispatch", root, "--year", "2025", "--all", "--user", "chuyenvien", password=PASSWORD)
    assert none_left.code != 0 and "không còn phiếu đã xác nhận" in none_left.err
    todo = cli("flow", "todo", root, "--year", "2025", "--user", "chuyenvien", password=PASSWORD)
    assert todo.code == 0 and "Chờ Trưởng ban xác nhận: 0" in todo.out


def test_open_year_from_cli(vault: Vault, cli: Cli) -> None:
    build_commune(vault)
    root = str(vault.paths.root)
    vault.close()
    r = cli("flow", "open-year", root, "--year", "2025", "--user", "chuyenvien", password=PASSWORD)
    assert r.code == 0 and "đã tạo 4 phiếu mới" in r.out
    viewer = cli("flow", "open-year", root, "--year", "2026", "--user", "thanhtra", password=PASSWORD)
    assert viewer.code == 4


def test_rules_show_edit_save(vault: Vault, cli: Cli, tmp_path: Path) -> None:
    root = str(vault.paths.root)
    vault.close()
    shown = cli("rules", "show", root, "--date", "01/12/2025", password=PASSWORD)
    assert shown.code == 0
    doc = json.loads(shown.out)
    assert doc["signature"]["head"]["lines"] == ["TRƯỞNG BAN"]
    doc["effective_from"] = "2026-01-01"
    doc["deadline"] = {"month": 12, "day": 20}
    edited = tmp_path / "rules.json"
    edited.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    saved = cli("rules", "save", root, str(edited), password=PASSWORD)
    assert saved.code == 0 and "01/01/2026" in saved.out
    after = json.loads(cli("rules", "show", root, "--date", "02/01/2026", password=PASSWORD).out)
    assert after["deadline"] == {"month": 12, "day": 20}
    edited.write_text("{ oops", encoding="utf-8")
    bad = cli("rules", "save", root, str(edited), password=PASSWORD)
    assert bad.code == 2 and "dòng 1" in bad.err
