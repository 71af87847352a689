"""Shared fixtures: cheap vaults and a way to run the real command line as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from handbook.vault import kdf
from handbook.vault.vault import Created, Vault

PASSWORD = "mat-khau-thu-nghiem"
COMMITTEE = "Đảng ủy xã Tân An"
HEAD_NAME = "Nguyễn Thị Hoà"


def create_vault(root: Path, password: str = PASSWORD) -> Created:
    # kdf.TEST_ONLY: a deliberately cheap Argon2id so the suite can make many vaults quickly.
    return Vault.create(
        root,
        committee_name=COMMITTEE,
        username="truongban",
        full_name=HEAD_NAME,
        password=password,
        kdf_params=kdf.TEST_ONLY,
    )


@pytest.fixture
def created(tmp_path: Path) -> Iterator[Created]:
    c = create_vault(tmp_path / "kho")
    yield c
    c.vault.close()


@pytest.fixture
def vault(created: Created) -> Vault:
    return created.vault


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., CliResult]:
    """Run ``python -m handbook ARGS`` with an isolated home; ``password=`` goes in via a file."""

    def run(
        *args: str, password: str | None = None, env: dict[str, str] | None = None, stdin: str | None = None
    ) -> CliResult:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("HANDBOOK_")}
        full_env["HANDBOOK_HOME"] = str(tmp_path / "home")
        full_env.update(env or {})
        argv = [sys.executable, "-m", "handbook", *args]
        if password is not None:
            pw_file = tmp_path / f"pw-{abs(hash(password))}.txt"
            pw_file.write_text(password + "\n", encoding="utf-8")
            argv += ["--password-file", str(pw_file)]
        proc = subprocess.run(
            argv, capture_output=True, text=True, env=full_env, input=stdin, timeout=120, encoding="utf-8"
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


def write_secret(path: Path, text: str) -> str:
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)
