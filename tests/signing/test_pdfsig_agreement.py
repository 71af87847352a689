"""Our verdicts agree with poppler's pdfsig on stored signed, changed and appended files (no pdfsig needed).

The files and pdfsig's verdicts were made once by ``tools/compare_pdfsig.py`` and are kept in data/.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from handbook.signing.verify import all_ok, verify_pdf
from tests.conftest import CliResult

DATA = Path(__file__).parent / "data"
VERDICTS: dict[str, list[dict[str, object]]] = json.loads((DATA / "pdfsig.json").read_text("utf-8"))
CA = (DATA / "ca.pem").read_bytes()


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_our_verdict_is_pdfsigs(name: str) -> None:
    reports = verify_pdf((DATA / name).read_bytes(), None)
    theirs = VERDICTS[name]
    assert len(reports) == len(theirs)
    for ours, their in zip(reports, theirs, strict=True):
        assert ours.intact is their["signature_valid"], (name, ours.field_name)
        if ours.intact:
            whole = ours.coverage == "entire_file" and not ours.trailing_bytes
            assert whole is their["total_document_signed"], (name, ours.field_name)
            # pdfsig trusts no issuer without its NSS database; neither do we without --trust, and we say why.
            assert their["certificate_validation"] == "Certificate issuer isn't Trusted."
            assert ours.trust_problem is not None and ours.trust_problem.id == "sign.trust_unknown_issuer"
            assert "chưa biết nơi cấp chứng thư" in "\n".join(ours.describe("vi"))
            assert "not issued for signing" not in "\n".join(ours.describe("en"))


def test_bytes_appended_after_the_end_are_reported() -> None:
    (report,) = verify_pdf((DATA / "appended_garbage.pdf").read_bytes(), [CA])
    assert report.intact and report.trusted and report.trailing_bytes > 40
    lines = "\n".join(report.describe("vi"))
    assert "ghi thêm vào cuối tệp" in lines and "không có thay đổi nào" not in lines
    assert not all_ok([report])


def test_trusted_and_untouched_is_valid_and_a_later_change_is_not() -> None:
    assert all_ok(verify_pdf((DATA / "signed.pdf").read_bytes(), [CA]))
    assert all_ok(verify_pdf((DATA / "signed_twice.pdf").read_bytes(), [CA]))
    (changed,) = verify_pdf((DATA / "appended_revision.pdf").read_bytes(), [CA])
    assert changed.intact and not changed.modifications_ok and not all_ok([changed])
    assert not all_ok(verify_pdf((DATA / "changed_inside.pdf").read_bytes(), [CA]))


def test_cli_verify_names_the_appended_bytes(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_bytes(CA)
    done = cli("verify", str(DATA / "appended_garbage.pdf"), "--trust", str(ca))
    assert done.code == 1 and "ghi thêm vào cuối tệp" in done.out and "KHÔNG HỢP LỆ" in done.out
    plain = cli("verify", str(DATA / "signed.pdf"))
    assert plain.code == 1 and "chưa biết nơi cấp chứng thư" in plain.out
    assert "không được cấp để ký văn bản" not in plain.out
