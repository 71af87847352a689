"""Fixtures for the forms tests: a guard that fails any attempt to write a file while rendering."""

from __future__ import annotations

import builtins
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class FileWriteAttempt(AssertionError):
    """Rendering tried to create or write a file; PDFs must be built in memory."""


@pytest.fixture
def no_file_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Refuse every file write and temp file; yields a temp dir that must stay empty."""
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    monkeypatch.setenv("TEMP", str(temp_dir))
    monkeypatch.setenv("TMP", str(temp_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise FileWriteAttempt(f"temp file requested: {args} {kwargs}")

    for name in (
        "mkstemp",
        "mkdtemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
        "TemporaryDirectory",
    ):
        monkeypatch.setattr(tempfile, name, refuse)

    real_open = builtins.open
    real_os_open = os.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise FileWriteAttempt(f"file opened for writing: {file!r} ({mode})")
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        # The vault's own key file may move its rollback witness forward after a commit (encrypted, no member data).
        if Path(path).name == "keys.lock" or Path(path).name.startswith(".keys.json."):
            return real_os_open(path, flags, *args, **kwargs)
        if flags & _WRITE_FLAGS:
            raise FileWriteAttempt(f"file opened for writing: {path!r}")
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    yield temp_dir
    monkeypatch.undo()
    assert list(temp_dir.iterdir()) == []
