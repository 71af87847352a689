"""The first-run wizard, driven through its real widgets: create a vault, open one, open the demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QListWidgetItem, QWizard

from handbook.orgs.model import OrgType
from handbook.orgs.profile import CommuneType, profile_on
from handbook.orgs.repo import list_orgs
from handbook.vault import kdf
from handbook.vault.vault import Vault
from tests.ui.conftest import PASSWORD, build_commune, type_text
from tests.ui.fitcheck import clipped
from ui import theme
from ui.actions.start import CreatedVault
from ui.start.wizard import ACCOUNT, COMMITTEE, COMMUNE, DEMO, OPEN, RECOVERY, SIGNERS, OpenExisting, StartWizard


@pytest.fixture
def wizard(app, runner, qtbot, tmp_path: Path) -> StartWizard:
    w = StartWizard(
        runner,
        "vi",
        kdf_params=kdf.TEST_ONLY,  # deliberately cheap key derivation for the test suite; the app calibrates
        default_base=tmp_path / "home",
        demo_path=tmp_path / "home" / "kho-mau",
        demo_password="mat-khau-xa-mau",
    )
    qtbot.addWidget(w)
    w.show()
    return w


def click(wizard: StartWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), wizard.buttonText(which)
    button.click()


def choose_commune(wizard: StartWizard, qtbot, province: str, search: str, wanted: str) -> None:
    picker = wizard.commune.picker
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    picker.province.setCurrentIndex(picker.province.findText(province))
    type_text(picker.search, search)  # one key event per character: Vietnamese text as typed

    def items() -> list[QListWidgetItem]:
        return [picker.results.item(i) for i in range(picker.results.count())]

    qtbot.waitUntil(lambda: any(item.text() == wanted for item in items()))
    picker.results.setCurrentItem(next(item for item in items() if item.text() == wanted))


def test_create_a_vault_through_the_wizard(wizard: StartWizard, qtbot, dialogs, tmp_path: Path) -> None:
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Tiếp"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    assert wizard.intro.create_choice.isChecked()
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == COMMUNE

    choose_commune(wizard, qtbot, "Tỉnh Nghệ An", "Tân An", "Xã Tân An")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == COMMITTEE
    page = wizard.committee
    assert page.committee.text() == "Đảng ủy xã Tân An"
    assert page.advisory.text() == "Ban Xây dựng Đảng"
    assert page.place.text() == "Tân An"
    assert page.folder.text() == str(tmp_path / "home" / "kho-du-lieu")
    page.place.setText("Tân An (Nghệ An)")

    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ACCOUNT
    account = wizard.account
    assert wizard.buttonText(QWizard.WizardButton.CommitButton) == "Tạo kho dữ liệu"
    account.full_name.setText("Nguyễn Thị Hoà")
    account.password.setText("ngắn")
    assert "Quá ngắn" in account.strength.label.text()
    account.password.setText(PASSWORD)
    account.repeat.setText(PASSWORD + "x")
    assert account.mismatch.isVisibleTo(account)
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    account.repeat.setText(PASSWORD)
    assert not account.mismatch.isVisibleTo(account)

    with qtbot.waitSignal(wizard.currentIdChanged, timeout=5000):
        click(wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == RECOVERY
    created = wizard.created
    assert created is not None
    code = wizard.recovery.code.text()
    assert code == created.recovery_code and len(code) == 29
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Xong"
    assert not finish.isEnabled()
    wizard.reject()  # Esc or the window's close button: refused while the code may not be noted yet
    assert wizard.isVisible()

    pdf = tmp_path / "ma-khoi-phuc.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    wizard.recovery.print_to(printer)
    assert pdf.stat().st_size > 1000

    wizard.recovery.noted.setFocus()
    qtbot.keyClick(wizard.recovery.noted, Qt.Key.Key_Space)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.chosen) as chosen:
        finish.click()
    result = chosen.args[0]
    assert isinstance(result, CreatedVault)
    assert dialogs.errors == []

    vault = result.vault
    try:
        assert vault.actor.username == "truongban" and vault.actor.full_name == "Nguyễn Thị Hoà"
        profile = profile_on(vault, date.today())
        assert profile is not None
        assert profile.committee_name == "Đảng ủy xã Tân An" and profile.place_name == "Tân An (Nghệ An)"
        assert profile.province_name == "Nghệ An" and profile.commune_type is CommuneType.XA
        assert [(o.name, o.type) for o in list_orgs(vault)] == [("Đảng ủy xã Tân An", OrgType.DANG_UY_XA)]
    finally:
        vault.close()
    reopened = Vault.open(result.root, username="truongban", password=PASSWORD)
    reopened.close()


def test_a_special_zone_gets_a_ban_to_chuc(wizard: StartWizard, qtbot) -> None:
    click(wizard, QWizard.WizardButton.NextButton)
    choose_commune(wizard, qtbot, "Tất cả tỉnh, thành phố", "phu quoc", "Đặc khu Phú Quốc — Tỉnh An Giang")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.committee.committee.text() == "Đảng ủy đặc khu Phú Quốc"
    assert wizard.committee.advisory.text() == "Ban Tổ chức"


def test_the_core_refusal_shows_on_the_account_page(wizard: StartWizard, qtbot, tmp_path: Path) -> None:
    click(wizard, QWizard.WizardButton.NextButton)
    choose_commune(wizard, qtbot, "Tỉnh Nghệ An", "Tân An", "Xã Tân An")
    click(wizard, QWizard.WizardButton.NextButton)
    click(wizard, QWizard.WizardButton.NextButton)
    account = wizard.account
    account.full_name.setText("Nguyễn Thị Hoà")
    account.username.setText("Trưởng Ban")
    account.password.setText(PASSWORD)
    account.repeat.setText(PASSWORD)
    click(wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: account.error.isVisibleTo(account))
    assert "Tên đăng nhập" in account.error.text()
    assert wizard.currentId() == ACCOUNT and wizard.created is None
    assert not (tmp_path / "home" / "kho-du-lieu").exists()


def test_open_an_existing_vault_folder(wizard: StartWizard, qtbot, dialogs, tmp_path: Path) -> None:
    commune = build_commune(tmp_path / "kho-cu")
    commune.vault.close()
    wizard.intro.open_choice.setChecked(True)
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == OPEN
    dialogs.folder = tmp_path
    wizard.open_page.choose.click()
    assert "không phải kho dữ liệu" in wizard.open_page.status.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    dialogs.folder = commune.root
    wizard.open_page.choose.click()
    with qtbot.waitSignal(wizard.chosen) as chosen:
        click(wizard, QWizard.WizardButton.FinishButton)
    assert chosen.args[0] == OpenExisting(commune.root)


def test_open_the_demo_commune(wizard: StartWizard, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[tuple[Path, str, object]] = []

    def fake_build(path: Path, password: str, params: object) -> None:
        built.append((path, password, params))
        build_commune(path).vault.close()

    monkeypatch.setattr("handbook.cli.demo_commands.build_demo", fake_build)
    wizard.intro.demo_choice.setChecked(True)
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == DEMO
    assert "mat-khau-xa-mau" in wizard.demo.findChildren(type(wizard.demo.where))[0].text()
    with qtbot.waitSignal(wizard.chosen, timeout=5000) as chosen:
        click(wizard, QWizard.WizardButton.FinishButton)
    assert chosen.args[0] == OpenExisting(wizard.demo_path, demo=True)
    assert built == [(wizard.demo_path, "mat-khau-xa-mau", kdf.TEST_ONLY)]


def test_a_failed_setup_leaves_no_half_made_vault(tmp_path, monkeypatch) -> None:
    import pytest

    from handbook.errors import InputError
    from handbook.reference.admin_units import load_admin_units
    from handbook.vault import kdf
    from ui.actions import start

    units = load_admin_units()
    unit = units.units[0]
    province = units.province(unit.province_code)
    assert province is not None
    from datetime import date

    from handbook.orgs.profile import profile_for_unit

    def refuse(*_a: object, **_k: object) -> None:
        raise InputError("org.name_missing")

    monkeypatch.setattr("handbook.orgs.repo.add_org", refuse)
    root = tmp_path / "kho"
    request = start.NewVault(
        root=root,
        profile=profile_for_unit(unit, province, date(2025, 7, 1)),
        username="truongban",
        full_name="Nguyễn Văn A",
        password="mat-khau-dai-1",
    )
    with pytest.raises(InputError):
        start.create_vault(request, kdf.TEST_ONLY)  # kdf.TEST_ONLY: a deliberately cheap key for tests
    assert not root.exists()


@pytest.mark.parametrize("scale", [100, 125], ids=["text-100", "text-125"])
def test_every_page_fits_a_1280_by_720_screen(app, runner, qtbot, tmp_path: Path, scale: int) -> None:
    """Walked as a person would (create, then the signers of past periods; open; the demo), each page at
    100 % and 125 % text: no button, field or heading cut off, and the window within the screen."""
    theme.set_text_scale(app, scale)
    problems: list[str] = []

    def check(wizard: StartWizard, where: str) -> None:
        for _ in range(3):
            app.processEvents()
        problems.extend(f"{where}: {p}" for p in clipped(wizard))
        if wizard.width() > 1280 - 16 or wizard.height() > 720 - 40:
            problems.append(f"{where}: the window is {wizard.width()}×{wizard.height()}")

    def new_wizard(name: str) -> StartWizard:
        w = StartWizard(
            runner,
            "vi",
            kdf_params=kdf.TEST_ONLY,  # deliberately cheap key derivation for the test suite
            default_base=tmp_path / name,
            demo_path=tmp_path / name / "kho-mau",
            demo_password="mat-khau-xa-mau",
        )
        qtbot.addWidget(w)
        w.show()
        return w

    try:
        wizard = new_wizard("tao")
        check(wizard, "Bắt đầu")
        click(wizard, QWizard.WizardButton.NextButton)
        check(wizard, "Đơn vị")
        choose_commune(wizard, qtbot, "Tỉnh Nghệ An", "Tân An", "Xã Tân An")
        click(wizard, QWizard.WizardButton.NextButton)
        check(wizard, "Cấp ủy")
        click(wizard, QWizard.WizardButton.NextButton)
        account = wizard.account
        account.full_name.setText("Nguyễn Thị Hoà")
        account.password.setText(PASSWORD)
        account.repeat.setText(PASSWORD)
        check(wizard, "Tài khoản")
        with qtbot.waitSignal(wizard.currentIdChanged, timeout=5000):
            click(wizard, QWizard.WizardButton.CommitButton)
        check(wizard, "Mã khôi phục")
        wizard.recovery.noted.setChecked(True)
        click(wizard, QWizard.WizardButton.NextButton)
        assert wizard.currentId() == SIGNERS
        check(wizard, "Người ký các thời kỳ")
        assert wizard.created is not None
        wizard.created.vault.close()

        for choice, page_id, where in ((OPEN, OPEN, "Mở kho đã có"), (DEMO, DEMO, "Xã mẫu")):
            other = new_wizard(where)
            (other.intro.open_choice if choice == OPEN else other.intro.demo_choice).setChecked(True)
            click(other, QWizard.WizardButton.NextButton)
            assert other.currentId() == page_id
            check(other, where)
    finally:
        theme.set_text_scale(app, 100)
    assert not problems, "\n".join(problems)
