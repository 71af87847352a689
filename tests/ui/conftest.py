"""Fixtures for the window's tests: offscreen Qt, a scripted dialog answerer, inline actions, cheap vaults."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from handbook.dates import parse_partial
from handbook.members import repo
from handbook.members.model import Gender, MemberData
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgId, OrgType
from handbook.permissions import Role
from handbook.text.names import split_full_name
from handbook.vault import kdf, users
from handbook.vault.vault import Vault
from ui import theme
from ui.operations import InlineExecutor, Runner
from ui.session import Session
from ui.translations import Translations

PASSWORD = "mat-khau-thu-nghiem"
STAFF_PASSWORD = "mat-khau-chuyen-vien"


@dataclass
class FakeDialogs:
    """Answers dialogs from a script and records what was said (the suite never blocks on a modal box)."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)
    folder: Path | None = None
    save_path: Path | None = None

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def ask(self, parent: QWidget | None, text: str, *, yes: str, no: str) -> bool:
        self.questions.append(text)
        return self.answers.pop(0) if self.answers else False

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        return self.folder

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, pattern: str) -> Path | None:
        return self.save_path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HANDBOOK_HOME", str(home))
    monkeypatch.delenv("HANDBOOK_LANG", raising=False)
    return home


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application in Vietnamese at 100 % text size (a test that switches language switches back)."""
    translations = Translations(qapp)
    translations.install("vi")
    theme.apply(qapp, 100)
    yield qapp
    translations.install("vi")


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def runner(app: QApplication, dialogs: FakeDialogs) -> Runner:
    return Runner(InlineExecutor(), dialogs, "vi")


def make_member(full: str, born: str = "12/03/1975", **kw: object) -> MemberData:
    ho, dem, ten = split_full_name(full)
    return MemberData(ho=ho, dem=dem, ten=ten, birth_date=parse_partial(born), **kw)  # type: ignore[arg-type]


MEMBERS = (
    ("Nguyễn Văn An", Gender.MALE, "Thôn Đông"),
    ("Trần Thị Bình", Gender.FEMALE, "Thôn Đông"),
    ("Lê Văn Cường", Gender.MALE, "Thôn Đoài"),
    ("Phạm Thị Dung", Gender.FEMALE, "Thôn Đoài"),
    ("Hoàng Văn Đức", Gender.MALE, "Thôn Đông"),
    ("Nguyễn Thị Hoà", Gender.FEMALE, "Thôn Đoài"),
    ("Vũ Đình Khánh", Gender.MALE, "Thôn Đông"),
    ("Đặng Thị Lan", Gender.FEMALE, "Thôn Đoài"),
)


@dataclass
class Commune:
    root: Path
    vault: Vault
    cells: dict[str, OrgId]


def build_commune(root: Path) -> Commune:
    # kdf.TEST_ONLY: a deliberately cheap Argon2id so the suite can make vaults quickly; never a default.
    created = Vault.create(
        root,
        committee_name="Đảng ủy xã Tân An",
        username="truongban",
        full_name="Nguyễn Thị Hoà",
        password=PASSWORD,
        kdf_params=kdf.TEST_ONLY,
    )
    vault = created.vault
    top = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    cells = {
        "Thôn Đông": orgs.add_org(
            vault, "Chi bộ thôn Đông", OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1)
        ),
        "Thôn Đoài": orgs.add_org(
            vault, "Chi bộ thôn Đoài", OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1)
        ),
    }
    for n, (name, gender, cell) in enumerate(MEMBERS):
        born = f"0{n + 1}/0{n + 1}/19{60 + n}"
        repo.add_member(
            vault,
            make_member(name, born, gender=gender, admitted=parse_partial(f"{1990 + n}")),
            cell_id=cells[cell],
            cell_from=date(2020, 1, 1),
        )
    users.add_user(vault, username="chuyenvien", full_name="Lê Thị Ngọc Ánh", role=Role.STAFF, password=STAFF_PASSWORD)
    users.add_user(vault, username="thanhtra", full_name="Bùi Văn Sơn", role=Role.VIEWER, password=STAFF_PASSWORD)
    return Commune(root, vault, cells)


@pytest.fixture
def commune(tmp_path: Path) -> Iterator[Commune]:
    c = build_commune(tmp_path / "kho")
    yield c
    c.vault.close()


@pytest.fixture
def session(commune: Commune) -> Iterator[Session]:
    s = Session(commune.root, commune.vault)
    yield s
    s.end()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person, one key event per character (``qtbot.keyClicks`` aborts on non-ASCII text)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
