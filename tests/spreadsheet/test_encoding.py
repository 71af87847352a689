"""Legacy TCVN3/VNI text: proposed from cell fonts (or the text), chosen by the user, previewed."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.spreadsheet.encoding import Decoder, propose_encoding
from handbook.spreadsheet.importer import ImportOptions, source_from_table
from handbook.spreadsheet.reader import read_csv_bytes
from handbook.spreadsheet.rows import RowReader
from handbook.text.legacy import to_tcvn3, to_vni
from tests.spreadsheet.sheets import source_of, table_of

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Vương"]
DEM = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Thị Thuỳ", "Quốc", "Xuân"]
TEN = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hoà", "Hương", "Lan", "Nguyệt", "Phượng", "Thuỷ", "Yến", "Quyền"]
PLACES = ["Xã Tân An", "Phường Ba Đình", "Thôn Đông, xã Hoằng Hoá", "Huyện Hải Hậu, Nam Định"]
names = st.builds(lambda h, d, t: f"{h} {d} {t}", st.sampled_from(HO), st.sampled_from(DEM), st.sampled_from(TEN))
places = st.sampled_from(PLACES)


def to_cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            out += unicodedata.normalize("NFC", decomposed[:-1]).encode("cp1258")
            out += decomposed[-1].encode("cp1258")
    return bytes(out)


def first(rows: list[list[object]], font: str | None = None, encoding: str = "auto") -> tuple[str, str]:
    source = source_of(rows, font, encoding)  # type: ignore[arg-type]
    item = RowReader(source.table, source.mapping, source.decoder).read()[0]
    return item.data.full_name, item.data.hometown


@settings(max_examples=25, deadline=None)
@given(name=names, place=places, legacy=st.sampled_from(["tcvn3", "vni"]))
def test_auto_decodes_by_cell_font(name: str, place: str, legacy: str) -> None:
    encode, font = (to_tcvn3, ".VnTime") if legacy == "tcvn3" else (to_vni, "VNI-Times")
    rows: list[list[object]] = [[encode("Họ và tên"), encode("Quê quán")], [encode(name), encode(place)]]
    assert first(rows, font) == (name, place)
    # The person may override the proposal: as Unicode nothing is converted …
    raw_name, _ = first(rows, font, "unicode")
    assert raw_name == " ".join(encode(name).split())
    # … and naming the encoding converts cells whatever their font.
    assert first(rows, "Arial", legacy) == (name, place)


@settings(max_examples=15, deadline=None)
@given(name=names)
def test_capitals_fonts_give_capitals(name: str) -> None:
    rows: list[list[object]] = [["Hä vµ tªn"], [to_tcvn3(name, capitals=True)]]
    table = table_of(rows, fonts={1: ".VnTime", 2: ".VnTimeH"})
    source = source_from_table(table)
    item = RowReader(source.table, source.mapping, source.decoder).read()[0]
    assert item.data.full_name == name.title()  # capitals tidied to "Nguyễn Văn An"


def test_a_list_mixing_legacy_and_unicode_rows_reads_each_by_its_font() -> None:
    rows: list[list[object]] = [["Họ và tên"], [to_tcvn3("Nguyễn Văn An")], ["Trần Thị Bình"]]
    table = table_of(rows, fonts={1: "Times New Roman", 2: ".VnTime", 3: "Times New Roman"})
    source = source_from_table(table)
    items = RowReader(source.table, source.mapping, source.decoder).read()
    assert [i.data.full_name for i in items] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert propose_encoding(table).encoding == "tcvn3"
    assert propose_encoding(table).fonts == (".VnTime",)


def test_proposal_from_fonts_text_or_nothing() -> None:
    assert propose_encoding(table_of([["Họ và tên"], ["An"]], "VNI-Times")).source == "font"
    plain = table_of([["Họ và tên"], ["Nguyễn Văn An"]], "Times New Roman")
    assert propose_encoding(plain).source == "none" and propose_encoding(plain).encoding is None
    legacy_text = table_of([["Họ và tên"], [to_tcvn3("Nguyễn Văn Quyết")], [to_tcvn3("Đặng Thị Hương")]], "Arial")
    proposal = propose_encoding(legacy_text)
    assert (proposal.encoding, proposal.source) == ("tcvn3", "text")


def test_csv_in_utf8_cp1258_and_tcvn3_bytes() -> None:
    text = "Họ và tên;Quê quán\r\nNguyễn Văn An;Xã Tân An\r\n"
    for data in (text.encode("utf-8-sig"), text.encode("utf-8")):
        table = read_csv_bytes(data, "ds.csv")
        source = source_from_table(table)
        item = RowReader(source.table, source.mapping, source.decoder).read()[0]
        assert (item.data.full_name, item.data.hometown) == ("Nguyễn Văn An", "Xã Tân An")
    # Windows-1258: â ê ô ă ơ ư đ are single bytes, tones are combining marks after the letter.
    table = read_csv_bytes(to_cp1258(text), "ds.csv")
    assert table.single_byte
    source = source_from_table(table)
    item = RowReader(source.table, source.mapping, source.decoder).read()[0]
    assert (item.data.full_name, item.data.hometown) == ("Nguyễn Văn An", "Xã Tân An")
    assert not source.problems
    # A CSV saved from an old TCVN3 sheet: the text is guessed, with a warning to check it.
    tcvn3 = to_tcvn3("Họ và tên,Quê quán\nNguyễn Văn Quyết,Xã Tân An\nĐặng Thị Hương,Phường Ba Đình\n")
    table = read_csv_bytes(tcvn3.encode("latin-1"), "cu.csv")
    source = source_from_table(table)
    items = RowReader(source.table, source.mapping, source.decoder).read()
    assert [i.data.full_name for i in items] == ["Nguyễn Văn Quyết", "Đặng Thị Hương"]
    assert [p.message.id for p in source.problems] == ["sheet.encoding_guessed"]
    source = source_from_table(table, ImportOptions(encoding="tcvn3"))
    assert not source.problems


def test_preview_shows_each_cell_before_and_after() -> None:
    rows: list[list[object]] = [
        ["DANH SÁCH"],
        [to_tcvn3("Họ và tên"), to_tcvn3("Ngày sinh")],
        [to_tcvn3("Nguyễn Văn An"), "12/03/1975"],
        [to_tcvn3("Trần Thị Bình"), "1980"],
    ]
    source = source_of(rows, ".VnTime")
    before_after = source.preview(limit=1)
    assert len(before_after) == 1 and before_after[0].row == 3
    name, born = before_after[0].cells
    assert (name.header, name.original, name.converted, name.encoding) == (
        "Họ và tên",
        to_tcvn3("Nguyễn Văn An"),
        "Nguyễn Văn An",
        "tcvn3",
    )
    assert name.changed and not born.changed
    as_unicode = source.preview(limit=5, choice="unicode")
    assert [r.cells[0].converted for r in as_unicode] == [to_tcvn3("Nguyễn Văn An"), to_tcvn3("Trần Thị Bình")]
    assert Decoder(source.table, "vni").encoding_for(".VnTime") == "vni"
