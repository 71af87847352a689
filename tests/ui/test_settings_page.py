"""The Cài đặt screen: unit, signers, images, digital signing, appearance and auto-lock, backup and restore."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from handbook import settings
from handbook.forms.images import get_signature_images
from handbook.members import repo
from handbook.orgs.profile import CommitteeProfile, CommuneType, set_profile, signers_on
from handbook.vault.vault import Vault
from tests.ui.conftest import PASSWORD, STAFF_PASSWORD, Commune, FakeDialogs, type_text
from ui.actions.settings import AutolockChanged
from ui.operations import Runner
from ui.prefs import PrefsStore
from ui.session import Session
from ui.settings.page import SettingsPage
from ui.settings.signing_prefs import SigningPrefsStore


def make_page(session: Session, runner: Runner, qtbot, tmp_path: Path) -> SettingsPage:
    page = SettingsPage(
        session,
        runner,
        "vi",
        prefs=PrefsStore(tmp_path / "giao-dien.json"),
        signing_prefs=SigningPrefsStore(tmp_path / "chu-ky-so.json"),
    )
    qtbot.addWidget(page)
    page.show()
    return page


def png(path: Path, colour: str = "#1a3fa0") -> Path:
    image = QImage(120, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_sections_and_the_unit(app, commune: Commune, session, runner, qtbot, tmp_path) -> None:
    set_profile(
        commune.vault,
        CommitteeProfile(
            date(2025, 7, 1), CommuneType.XA, "Tân An", "Đảng ủy xã Tân An", "Ban Xây dựng Đảng", "Tân An"
        ),
    )
    page = make_page(session, runner, qtbot, tmp_path)
    titles = [page.nav.item(i).text() for i in range(page.nav.count())]
    assert titles == [
        "Đơn vị",
        "Người ký",
        "Quy định áp dụng",
        "Chữ ký & con dấu",
        "Chữ ký số",
        "Tài khoản",
        "Giao diện",
        "Sao lưu",
    ]
    qtbot.waitUntil(lambda: page.unit.values["committee"].text() == "Đảng ủy xã Tân An")
    assert page.unit.values["since"].text() == "01/07/2025"
    assert page.unit.edit_button.isEnabled()
    assert not page.signers.loaded  # a page loads when first opened


def test_autolock_is_saved_for_the_vault(app, commune: Commune, session, runner, qtbot, tmp_path) -> None:
    page = make_page(session, runner, qtbot, tmp_path)
    page.show_section(page.appearance)
    section = page.appearance
    qtbot.waitUntil(lambda: section.autolock.value() == 10)
    section.autolock.setValue(25)
    with qtbot.waitSignal(runner.changed) as changed:
        section.save_vault.click()
    assert changed.args[0] == AutolockChanged(25)
    assert settings.get(commune.vault, settings.AUTOLOCK_MINUTES) == 25
    assert "25 phút" in section.vault_message.text()

    section.language.setCurrentIndex(section.language.findData("en"))
    section.text_scale.setValue(130)
    section.save_pc.click()
    saved = json.loads((tmp_path / "giao-dien.json").read_text(encoding="utf-8"))
    assert saved["language"] == "en" and saved["text_scale"] == 130
    assert "Mở lại cửa sổ" in section.pc_message.text()


def test_staff_cannot_change_vault_settings(app, commune: Commune, runner, qtbot, tmp_path) -> None:
    vault = Vault.open(commune.root, username="chuyenvien", password=STAFF_PASSWORD)
    session = Session(commune.root, vault)
    try:
        page = make_page(session, runner, qtbot, tmp_path)
        assert not page.unit.edit_button.isEnabled() and "Chuyên viên" in page.unit.edit_button.toolTip()
        page.show_section(page.appearance)
        assert not page.appearance.save_vault.isEnabled() and "sửa cài đặt" in page.appearance.save_vault.toolTip()
        assert page.appearance.save_pc.isEnabled()  # this PC's language and text size are theirs
        page.show_section(page.images)
        assert not page.images.save_button.isEnabled()
        page.show_section(page.signing)
        assert not page.signing.save_button.isEnabled() and "ký số" in page.signing.save_button.toolTip()
        page.show_section(page.signers)
        assert not page.signers.add_button.isEnabled() and not page.signers.end_button.isEnabled()
        page.show_section(page.backup)
        assert page.backup.backup_button.isEnabled()  # staff may back up
    finally:
        session.end()


def test_backup_now_and_restore_into_a_new_folder(
    app, commune: Commune, session, runner, qtbot, tmp_path, dialogs: FakeDialogs
) -> None:
    page = make_page(session, runner, qtbot, tmp_path)
    page.show_section(page.backup)
    section = page.backup
    out = tmp_path / "sao-luu.sotaybak"
    dialogs.save_path = out
    section.backup_button.click()
    assert out.exists() and out.stat().st_size > 1000
    assert str(out) in section.backup_message.text()

    section.backup_file.set_path(out)
    target = tmp_path / "khoi-phuc"
    section.target.set_path(target)
    type_text(section.password, "sai mat khau")
    section.restore_button.click()
    assert "Sai tên đăng nhập hoặc mật khẩu" in section.restore_message.text()
    assert not target.exists()

    section.password.clear()
    type_text(section.password, PASSWORD)
    dialogs.answers = [True]
    with qtbot.waitSignal(page.open_vault_requested) as requested:
        section.restore_button.click()
    assert requested.args[0] == target
    assert "Mở kho này ngay" in dialogs.questions[-1]
    with Vault.open(target, username="truongban", password=PASSWORD) as restored:
        assert restored.vault_id == commune.vault.vault_id
    assert section.password.text() == ""
    assert dialogs.errors == []


def test_signers_are_added_and_ended(app, commune: Commune, session, runner, qtbot, tmp_path, qtmodeltester) -> None:
    page = make_page(session, runner, qtbot, tmp_path)
    page.show_section(page.signers)
    section = page.signers
    type_text(section.name, "Phạm Văn Hùng")
    section.position.setCurrentIndex(section.position.findData("deputy"))
    assert section.title_edit.text() == "Phó Trưởng ban"
    section.since.set_value(date(2025, 7, 1))
    section.add_button.click()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert [s.full_name for s in signers_on(commune.vault)] == ["Phạm Văn Hùng"]
    assert section.model.data(section.model.index(0, 4)) == "đang giữ chức"
    qtmodeltester.check(section.model)

    assert not section.end_button.isEnabled()  # choose someone first
    section.table.selectRow(0)
    assert section.end_button.isEnabled()
    yesterday = date.today() - timedelta(days=1)
    section.last_day.set_value(yesterday)
    section.end_button.click()
    assert signers_on(commune.vault) == []
    qtbot.waitUntil(lambda: section.model.data(section.model.index(0, 4)) == yesterday.strftime("%d/%m/%Y"))

    section.name.clear()
    section.add_button.click()  # no name: the core's sentence
    assert "họ tên" in section.message.text()


def test_signature_and_seal_images_are_kept_in_the_vault(
    app, commune: Commune, session, runner, qtbot, tmp_path
) -> None:
    page = make_page(session, runner, qtbot, tmp_path)
    page.show_section(page.images)
    section = page.images
    assert section.signer_name.text() == "Nguyễn Thị Hoà"  # the head's own name when no signer is recorded
    section.signature.file.set_path(png(tmp_path / "chu-ky.png"))
    section.signature.file.picked.emit()
    assert section.signature.data is not None and section.signature.preview.pixmap() is not None
    section.seal.file.set_path(png(tmp_path / "dau.png", "#c00000"))
    section.seal.file.picked.emit()
    section.save_button.click()
    images = get_signature_images(commune.vault, "head")
    assert images is not None and images.signer_name == "Nguyễn Thị Hoà"
    assert images.signature_png == (tmp_path / "chu-ky.png").read_bytes()
    assert images.seal_png == (tmp_path / "dau.png").read_bytes()

    (tmp_path / "khong-phai-anh.png").write_text("xin chào", encoding="utf-8")
    section.signature.file.set_path(tmp_path / "khong-phai-anh.png")
    section.signature.file.picked.emit()
    assert "không phải là ảnh" in section.message.text()

    section.signature.clear_button.click()
    section.seal.clear_button.click()
    section.save_button.click()
    assert get_signature_images(commune.vault, "head") is None


def test_digital_signing_remembers_paths_never_secrets(app, commune, session, runner, qtbot, tmp_path) -> None:
    page = make_page(session, runner, qtbot, tmp_path)
    page.show_section(page.signing)
    section = page.signing
    assert section.none_choice.isChecked() and not section.p12_box.isEnabled()
    section.p12_choice.setChecked(True)
    assert section.p12_box.isEnabled() and not section.token_box.isEnabled()
    section.save_button.click()
    assert "Chưa có tệp chứng thư số" in section.message.text()
    p12 = tmp_path / "chung-thu.p12"
    p12.write_bytes(b"\x30\x82")
    section.p12_path.set_path(p12)
    section.save_button.click()
    saved = json.loads((tmp_path / "chu-ky-so.json").read_text(encoding="utf-8"))
    assert saved == {"kind": "pkcs12", "pkcs12_path": str(p12), "pkcs11_module": "", "token_label": ""}
    assert not any("pass" in k or "pin" in k for k in saved)

    module = tmp_path / "eTPKCS11.so"
    module.write_bytes(b"\x7fELF")
    section.token_choice.setChecked(True)
    section.module_path.set_path(module)
    type_text(section.token_label, "VNPT-CA")
    section.save_button.click()
    assert SigningPrefsStore(tmp_path / "chu-ky-so.json").load().token_label == "VNPT-CA"

    again = make_page(session, runner, qtbot, tmp_path)  # read back on the next visit
    again.show_section(again.signing)
    assert again.signing.token_choice.isChecked() and again.signing.module_path.path() == module


def test_locking_forgets_and_unlocking_reloads(app, commune: Commune, session, runner, qtbot, tmp_path) -> None:
    page = make_page(session, runner, qtbot, tmp_path)
    page.show_section(page.accounts)
    qtbot.waitUntil(lambda: page.accounts.model.rowCount() == 3)
    session.lock()
    assert page.accounts.model.rowCount() == 0
    session.resume(Vault.open(commune.root, username="truongban", password=PASSWORD))
    qtbot.waitUntil(lambda: page.accounts.model.rowCount() == 3)


def test_english_everywhere_in_settings_and_import(app, commune: Commune, session, qtbot, tmp_path) -> None:
    from tests.ui.test_translations import chrome_texts, looks_vietnamese
    from ui.importer.export_dialog import ExportDialog
    from ui.importer.wizard import ImportWizard
    from ui.members.events import MemberEventsWidget
    from ui.members.history import MemberHistoryWidget
    from ui.operations import InlineExecutor
    from ui.translations import Translations

    translations = Translations(app)
    assert translations.install("en")
    runner = Runner(InlineExecutor(), FakeDialogs(), "en")
    try:
        page = SettingsPage(session, runner, "en", prefs=PrefsStore(tmp_path / "p.json"))
        qtbot.addWidget(page)
        page.show()
        for section in page.sections:
            page.show_section(section)
        assert [page.nav.item(i).text() for i in range(page.nav.count())][:3] == ["Committee", "Signers", "Rule sets"]
        wizard = ImportWizard(session, runner, "en")
        qtbot.addWidget(wizard)
        export = ExportDialog(session, runner, "en")
        qtbot.addWidget(export)
        member_id = repo.list_members(commune.vault)[0].id
        events = MemberEventsWidget(member_id, session, runner, "en")
        history = MemberHistoryWidget(member_id, session, runner, "en")
        for widget in (events, history):
            qtbot.addWidget(widget)
        texts = [t for w in (page, wizard, export, events, history) for t in chrome_texts(w)]
        texts += [wizard.page(i).title() for i in wizard.pageIds()]
        # Names stay Vietnamese: the language's own name, the head's name, the form's official name, a decision no.
        names = ("Tiếng Việt", "Nguyễn Thị Hoà", "Mẫu 7-HSĐV", "125-QĐ/ĐU")
        leftovers = [t for t in texts if looks_vietnamese(t) and not any(n in t for n in names)]
        assert leftovers == []
        assert page.rules.save_button.text() == "Save as a new version"
        assert wizard.buttonText(wizard.WizardButton.NextButton) == "Next"
    finally:
        translations.install("vi")
