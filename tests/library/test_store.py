"""The library inside the vault: adding files with their metadata, refusals that add nothing, folded search."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from handbook.errors import InputError, PermissionDenied
from handbook.library import store
from handbook.library.model import MAX_FILE_BYTES, DocMeta, DocStatus, Filters
from handbook.library.samples import make_docx, make_pdf
from handbook.library.search import first_page_with, search
from handbook.permissions import Role
from handbook.vault.users import add_user
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD

QD213 = DocMeta(
    title="Quy định về đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú",
    number="213-QĐ/TW",
    issued_on=date(2020, 1, 2),
    issuer="Bộ Chính trị",
    kind="Quy định",
    tags=("213", "nơi cư trú"),
)
PAGES = [
    "Điều 1. Phạm vi điều chỉnh. Quy định này quy định trách nhiệm của đảng viên đang công tác.",
    "Điều 3. Đảng viên được miễn sinh hoạt nơi cư trú: quân đội, công an ở doanh trại; học tập tập trung.",
    "Điều 5. Chi ủy nơi cư trú nhận xét đảng viên hằng năm. Phường Hoà Bình thực hiện thí điểm.",
]


def rows(vault: Vault, table: str) -> int:
    return int(vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def nothing_added(vault: Vault) -> bool:
    return all(rows(vault, t) == 0 for t in ("library_docs", "library_files", "library_pages"))


def test_a_pdf_is_kept_with_its_metadata_and_found_by_folded_words(vault: Vault) -> None:
    pdf = make_pdf(PAGES)
    added = store.add_document(vault, "qd213.pdf", pdf, QD213)
    doc = added.document
    assert added.notes == ()
    assert (doc.pages, doc.has_text, doc.file_kind.value, doc.size) == (3, True, "pdf", len(pdf))
    assert doc.meta.number == "213-QĐ/TW" and doc.meta.status is DocStatus.IN_FORCE
    assert store.file_bytes(vault, doc.id) == pdf
    # tones optional, đ = d, word prefixes, "Hoà" = "Hòa"
    for query in ("mien sinh hoat", "miễn sinh", "dang vien doanh trai", "Hòa Bình", "hoa binh thi"):
        hits = search(vault, query)
        assert hits, query
        assert hits[0].doc.id == doc.id
    hit = search(vault, "doanh trai")[0]
    assert hit.page == 2
    marked = [hit.passage.text[s:e] for s, e in hit.passage.spans]
    assert marked == ["doanh", "trại"]
    assert search(vault, "Hòa Bình")[0].passage.text[slice(*search(vault, "Hòa Bình")[0].passage.spans[0])] == "Hoà"
    assert search(vault, "khong co tu nay") == []


def test_the_title_number_and_tags_are_searched_and_rank_first(vault: Vault) -> None:
    store.add_document(
        vault, "a.pdf", make_pdf(["Nội dung có nhắc tới nơi cư trú một lần."]), DocMeta(title="Công văn khác")
    )
    qd = store.add_document(vault, "qd213.pdf", make_pdf(PAGES), QD213).document
    hits = search(vault, "noi cu tru")
    assert hits[0].doc.id == qd.id and hits[0].page == 0
    assert search(vault, "213 qd tw")[0].doc.id == qd.id


def test_filters_by_type_year_and_status(vault: Vault) -> None:
    qd = store.add_document(vault, "qd213.pdf", make_pdf(PAGES), QD213).document
    kl = store.add_document(
        vault,
        "kl202.docx",
        make_docx(["Kết luận về việc xác nhận nhận xét đảng viên nơi cư trú."]),
        DocMeta(title="Kết luận 202", number="202-KL/TW", issued_on=date(2025, 10, 31), kind="Kết luận"),
    ).document
    assert {h.doc.id for h in search(vault, "cu tru")} == {qd.id, kl.id}
    assert {h.doc.id for h in search(vault, "cu tru", Filters(kind="Kết luận"))} == {kl.id}
    assert {h.doc.id for h in search(vault, "cu tru", Filters(year=2020))} == {qd.id}
    replaced = store.update_meta(
        vault, qd.id, DocMeta(**{**QD213.__dict__, "replaced_by": "999-QĐ/TW", "replaced_on": date(2026, 5, 1)})
    )
    assert replaced.meta.status is DocStatus.REPLACED
    assert {h.doc.id for h in search(vault, "cu tru", Filters(status=DocStatus.IN_FORCE))} == {kl.id}
    assert [d.id for d in store.list_documents(vault, Filters(status=DocStatus.REPLACED))] == [qd.id]
    assert store.years(vault) == [2025, 2020]
    assert store.find_by_number(vault, "213 qđ/tw") == replaced


def test_a_scan_with_no_text_is_kept_and_found_by_its_title_only(vault: Vault) -> None:
    added = store.add_document(vault, "scan.pdf", make_pdf(["", ""]), DocMeta(title="Hướng dẫn 33 bản chụp"))
    assert added.notes == ("library.no_text",)
    assert not added.document.has_text
    hits = search(vault, "huong dan 33")
    assert [(h.doc.id, h.page) for h in hits] == [(added.document.id, 0)]


def test_word_and_text_files_are_read(vault: Vault) -> None:
    docx = store.add_document(vault, "hd.docx", make_docx(["Hướng dẫn nhập phiếu", "Điều 7. Lưu hồ sơ"])).document
    txt = store.add_document(vault, "ghi-chu.txt", "Ghi chú về Đại hội chi bộ\n".encode("utf-16")).document
    assert docx.meta.title == "hd" and docx.file_kind.value == "docx"
    assert search(vault, "luu ho so")[0].doc.id == docx.id
    assert search(vault, "dai hoi")[0].doc.id == txt.id


@pytest.mark.parametrize(
    ("name", "data", "msg_id"),
    [
        ("hd.pdf", make_docx(["không phải PDF"]), "library.not_what_it_says"),
        ("hd.docx", b"%PDF-1.4 not really", "library.not_what_it_says"),
        ("anh.txt", bytes(range(256)) * 4, "library.not_what_it_says"),
        ("bimat.pdf", make_pdf(["bí mật"], password="mk"), "library.pdf_encrypted"),
        ("hong.pdf", make_pdf(["một trang"])[:300], "library.pdf_damaged"),
        ("hong.docx", make_docx(["x"])[:600], "library.not_what_it_says"),
        ("cu.doc", b"\xd0\xcf\x11\xe0", "library.old_word"),
        ("anh.png", b"\x89PNG", "library.unsupported"),
    ],
)
def test_bad_files_get_a_sentence_and_nothing_is_added(vault: Vault, name: str, data: bytes, msg_id: str) -> None:
    with pytest.raises(InputError) as exc:
        store.add_document(vault, name, data)
    assert exc.value.message.id == msg_id
    assert name in exc.value.render("vi") or msg_id == "library.unsupported"
    assert nothing_added(vault)


def test_a_file_over_the_limit_is_refused_before_it_is_read(vault: Vault, tmp_path: Path) -> None:
    big = tmp_path / "to.pdf"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no real 200 MB written
    with pytest.raises(InputError) as exc:
        store.add_path(vault, big)
    assert exc.value.message.id == "library.too_big"
    assert "200 MB" in exc.value.render("vi")
    assert nothing_added(vault)


def test_a_duplicate_is_refused_and_names_the_existing_document(vault: Vault) -> None:
    pdf = make_pdf(PAGES)
    first = store.add_document(vault, "qd213.pdf", pdf, QD213).document
    before = rows(vault, "audit")
    with pytest.raises(store.DuplicateDocument) as exc:
        store.add_document(vault, "ban-sao.pdf", pdf)
    assert exc.value.existing == first
    assert QD213.title in exc.value.render("vi")
    assert rows(vault, "library_docs") == 1 and rows(vault, "audit") == before


def test_export_writes_the_original_file_for_its_owner_only(vault: Vault, tmp_path: Path) -> None:
    pdf = make_pdf(PAGES)
    doc = store.add_document(vault, "qd213.pdf", pdf, QD213).document
    out = store.export_file(vault, doc.id, tmp_path)
    assert out.read_bytes() == pdf and out.name == "qd213.pdf"
    if os.name != "nt":
        assert out.stat().st_mode & 0o777 == 0o600
    with pytest.raises(InputError) as exc:
        store.export_file(vault, doc.id, out)
    assert exc.value.message.id == "library.out_exists"


def test_a_viewer_reads_but_may_not_add(vault: Vault, tmp_path: Path) -> None:
    doc = store.add_document(vault, "qd213.pdf", make_pdf(PAGES), QD213).document
    add_user(vault, username="thanhtra", full_name="Thanh tra", role=Role.VIEWER, password=PASSWORD)
    with Vault.open(vault.paths.root, username="thanhtra", password=PASSWORD) as viewer:
        assert search(viewer, "cu tru")[0].doc.id == doc.id
        with pytest.raises(PermissionDenied):
            store.add_document(viewer, "x.txt", b"van ban")


def test_the_page_of_an_article(vault: Vault) -> None:
    doc = store.add_document(vault, "qd213.pdf", make_pdf(PAGES), QD213).document
    assert first_page_with(vault, doc.id, "Điều 3") == 2
    assert first_page_with(vault, doc.id, "Điều 9") is None
