"""``handbook demo`` as a person runs it: a subprocess, a short summary, a vault that passes ``check``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Cli = Callable[..., CliResult]
PW = "mat-khau-xa-mau"


def test_demo_builds_the_accounts_and_a_small_commune(cli: Cli, tmp_path: Path) -> None:
    root = tmp_path / "xa-mau"
    r = cli("demo", str(root), "--members", "120", "--seed", "3", "--insecure-test-kdf", password=PW)
    assert r.code == 0, r.err
    assert "kho dữ liệu mẫu" in r.out and "Đảng ủy xã Tân An" in r.out and "tỉnh Nghệ An" in r.out
    assert "120 đảng viên" in r.out and "sáp nhập" in r.out
    assert "sotay-demo-2026" not in r.out  # the password came from the file: not printed
    check = cli("check", str(root), "--user", "chuyenvien", password=PW)
    assert check.code == 0 and "nguyên vẹn" in check.out, check.out + check.err
    users = cli("users", "list", str(root), password=PW, env={"HANDBOOK_USER": "photruongban"})
    assert "truongban" in users.out and "chuyenvien" in users.out

    again = cli(
        "demo",
        str(tmp_path / "lan-hai"),
        "--members",
        "120",
        "--seed",
        "3",
        "--insecure-test-kdf",
        "--lang",
        "en",
        env={"HANDBOOK_PASSWORD": PW},
    )
    assert again.code == 0, again.err
    assert "120 members" in again.out and "fictional" in again.out
    count = next(line for line in r.out.splitlines() if "đảng viên:" in line)
    assert count.split("đảng viên:")[1].split()[0] == again.out.split("members:")[1].split()[0]


def test_demo_refuses_a_bad_size_without_leaving_a_vault(cli: Cli, tmp_path: Path) -> None:
    root = tmp_path / "khong"
    r = cli("demo", str(root), "--members", "0", "--insecure-test-kdf", password=PW)
    assert r.code != 0 and "từ 1 đến" in r.err and "Traceback" not in r.err
    assert not root.exists()
