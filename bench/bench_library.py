"""Library benchmark: folded full-text search over 2,000 documents (about 20,000 pages of generated text),
encrypted vault vs the same tables in a plain SQLite file; and adding 100 small PDFs one by one.

Run: ``python -m bench.bench_library [--docs N] [--pages P] [--queries Q] [--seed S]``.
The vault is built with ``kdf.TEST_ONLY``: key derivation is not what this measures (see bench_vault).
The 2,000 documents are written straight into the library tables (folded exactly as ``add_document`` folds
them) so the build takes seconds; adding files through the real path is the second measure.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2

from bench.table import Row, ms, peak_rss_mb, print_table
from handbook.library import store
from handbook.library.model import DocMeta
from handbook.library.samples import make_pdf
from handbook.library.search import SEARCH_LIMIT, search
from handbook.permissions import Op
from handbook.text import search_key
from handbook.vault import kdf
from handbook.vault.audit import now_iso
from handbook.vault.paths import VaultPaths
from handbook.vault.vault import Vault

SEARCH_P95_TARGET = 0.050
ADD_100_TARGET = 20.0
PAGE_WORDS = 420  # about one printed A4 page of Vietnamese text
_DOMAIN_TEXT = (
    "đảng viên chi bộ nơi cư trú sinh hoạt định kỳ nhận xét đánh giá xếp loại chất lượng hằng năm cấp ủy "
    "ban thường vụ đảng ủy xã phường đặc khu tổ chức cơ sở đảng kết nạp chuyển chính thức điều lệ quy "
    "định hướng dẫn kết luận nghị quyết chỉ thị công văn thông báo trách nhiệm nghĩa vụ quyền hạn nhiệm "
    "vụ giải pháp xây dựng chỉnh đốn phẩm chất chính trị đạo đức lối sống nêu gương gương mẫu tích cực "
    "thường xuyên mặt trận tổ quốc đoàn thể nhân dân thôn tổ dân phố khu dân cư ban công tác phong trào "
    "cuộc vận động học tập làm theo tư tưởng đạo đức phong cách hồ chí minh kiểm tra giám sát kỷ luật "
    "khen thưởng huy hiệu tuổi đảng miễn công tác quân đội công an doanh trại học tập trung xác nhận "
    "trưởng ban phó trưởng ban ký thay hồ sơ lưu trữ thời hạn báo cáo tổng hợp kế hoạch triển khai thực "
    "hiện đôn đốc theo dõi địa phương cơ quan đơn vị"
)
WORDS = tuple(_DOMAIN_TEXT.split())
_ONSETS = tuple("- b c ch d đ g gi h k kh l m n ng nh ph r s t th tr v x".replace("-", "").split(" "))
_RHYMES = tuple(
    [
        "a",
        "ai",
        "am",
        "an",
        "ang",
        "anh",
        "ao",
        "at",
        "ay",
        "e",
        "em",
        "en",
        "i",
        "ien",
        "inh",
        "o",
        "oi",
        "om",
        "on",
        "ong",
        "u",
        "ua",
        "uc",
        "ung",
        "uoi",
        "uong",
        "y",
        "ơn",
        "ư",
        "ưa",
        "ươi",
        "ương",
        "ât",
        "ân",
        "âu",
    ]
)
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """The domain's words plus a few thousand made-up syllables, weighted like real text (Zipf: rank^-1)."""
    import unicodedata

    made = {unicodedata.normalize("NFC", o + r[0] + t + r[1:]) for o in _ONSETS for r in _RHYMES for t in _TONES}
    words = list(dict.fromkeys(WORDS)) + sorted(made - set(WORDS))
    rng.shuffle(words)
    return words, [1.0 / (rank + 1) for rank in range(len(words))]


RARE = ("Hòa Bình", "Quảng Ninh", "Tây Nguyên", "biên giới", "hải đảo", "Đắk Lắk", "Thừa Thiên", "Cà Mau")
KINDS = ("Quy định", "Hướng dẫn", "Kết luận", "Nghị quyết", "Công văn", "Thông báo")
# What staff type: a word or two, no tones, often unfinished.
TYPED = (
    "mien sinh hoat",
    "nhan xet dang vien",
    "truong ban xac nhan",
    "ky thay",
    "doanh trai",
    "hoa binh",
    "quang ninh",
    "dang",
    "chi bo noi cu tru",
    "huy hieu",
    "ky luat",
    "tay nguyen bien gioi",
    "213",
    "hd 33",
)


def page_text(rng: random.Random, doc: int, page: int, vocab: tuple[list[str], list[float]]) -> str:
    words = rng.choices(vocab[0], weights=vocab[1], k=PAGE_WORDS)
    for _ in range(rng.randint(0, 2)):
        words.insert(rng.randrange(len(words)), rng.choice(RARE))
    head = f"Điều {page}." if page > 1 else f"Văn bản số {doc}-QĐ/TW"
    return head + " " + " ".join(words) + "."


def populate(vault: Vault, docs: int, pages: int, seed: int) -> int:
    """``docs`` documents of ``pages`` pages each, stored as ``add_document`` stores them (one transaction)."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    total_chars = 0
    with vault.change(Op.LIBRARY_EDIT) as ch:
        conn = vault.conn
        for d in range(1, docs + 1):
            kind = KINDS[d % len(KINDS)]
            meta = DocMeta(
                title=f"{kind} về {' '.join(rng.choice(WORDS) for _ in range(8))}",
                number=f"{d}-{'QĐ' if kind == 'Quy định' else 'HD'}/TW",
                issued_on=None,
                issuer="Ban Chấp hành Trung ương",
                kind=kind,
            )
            texts = [page_text(rng, d, p, vocab) for p in range(1, pages + 1)]
            body = "\f".join(texts).encode("utf-8")
            cur = conn.execute(
                "INSERT INTO library_docs (title, number, number_key, issued_on, issuer, kind, status, replaced_by,"
                " replaced_on, tags, filename, file_kind, size, sha256, pages, has_text, added_at, added_by)"
                " VALUES (?, ?, ?, ?, ?, ?, 'in_force', '', NULL, '[]', ?, 'txt', ?, ?, ?, 1, ?, ?)",
                (
                    meta.title,
                    meta.number,
                    store.number_key(meta.number),
                    f"{2000 + d % 26}-0{1 + d % 9}-1{d % 9}",
                    meta.issuer,
                    meta.kind,
                    f"vb-{d}.txt",
                    len(body),
                    hashlib.sha256(body).hexdigest(),
                    pages,
                    now_iso(),
                    ch.actor,
                ),
            )
            doc_id = cur.lastrowid
            conn.execute("INSERT INTO library_files (doc_id, data) VALUES (?, ?)", (doc_id, body))
            title = store.title_page(meta)
            rows = [(doc_id, 0, title, search_key(title))]
            rows += [(doc_id, n, t, search_key(t)) for n, t in enumerate(texts, start=1)]
            conn.executemany("INSERT INTO library_pages (doc_id, page, text, folded) VALUES (?, ?, ?, ?)", rows)
            total_chars += sum(len(t) for t in texts)
        ch.record("bench.populate", "library", docs)
    return total_chars


def plain_copy(vault: Vault, target: Path) -> Vault:
    """The same tables (and FTS index) in an unencrypted SQLite file, opened as a vault object."""
    target.mkdir()
    db = target / "plain.db"
    vault.conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(db),))
    try:
        vault.conn.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    finally:
        vault.conn.execute("DETACH DATABASE plaintext")
    conn = sqlcipher3.dbapi2.connect(str(db), check_same_thread=False)  # no key: a plain SQLite file
    conn.isolation_level = None
    for pragma in ("journal_mode = WAL", "temp_store = MEMORY", "cache_size = -32768"):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return Vault(VaultPaths(target), conn, vault.key_file, b"", vault.actor)


def make_queries(count: int, seed: int) -> list[str]:
    """The typical searches, then words drawn as they occur in the text (so common words are common)."""
    rng = random.Random(seed)
    vocab = vocabulary(random.Random(seed))
    out = list(TYPED)
    while len(out) < count:
        n = rng.choice((1, 2, 2, 3))
        words = [search_key(w) for w in rng.choices(vocab[0], weights=vocab[1], k=n)]
        if rng.random() < 0.4:  # still typing the last word
            words[-1] = words[-1][: max(1, len(words[-1]) - rng.randint(1, 3))]
        out.append(" ".join(words))
    return out


def time_each(vault: Vault, queries: list[str]) -> list[float]:
    for q in queries:  # warm the page cache as a session that has been used would have
        search(vault, q)
    times = []
    for q in queries:
        start = time.perf_counter()
        search(vault, q)
        times.append(time.perf_counter() - start)
    return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def add_pdfs(vault: Vault, count: int, seed: int) -> tuple[float, int]:
    rng = random.Random(seed + 1)
    vocab = vocabulary(rng)
    pdfs = [make_pdf([page_text(rng, 9000 + i, p, vocab) for p in range(1, 4)]) for i in range(count)]
    start = time.perf_counter()
    for i, pdf in enumerate(pdfs):
        store.add_document(vault, f"moi-{i}.pdf", pdf, DocMeta(title=f"Văn bản mới {i}", number=f"{i}-CV/BXDĐ"))
    return time.perf_counter() - start, sum(len(p) for p in pdfs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=2_000)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--pdfs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        created = Vault.create(
            work / "kho",
            committee_name="Đảng ủy xã Đo",
            username="truongban",
            full_name="Người Đo",
            password="mat-khau-do-hieu-nang",
            kdf_params=kdf.TEST_ONLY,
        )
        vault = created.vault
        start = time.perf_counter()
        chars = populate(vault, args.docs, args.pages, args.seed)
        build = time.perf_counter() - start
        plain = plain_copy(vault, work / "plain")
        queries = make_queries(args.queries, args.seed)
        enc = time_each(vault, queries)
        base = time_each(plain, queries)
        slowest = sorted(zip(enc, queries, strict=True), reverse=True)[:5]
        added, pdf_bytes = add_pdfs(vault, args.pdfs, args.seed)
        enc_p95, base_p95 = p95(enc), p95(base)
        pages = args.docs * args.pages
        print_table(
            f"Library benchmark: {args.docs:,} documents, {pages:,} pages, {chars / 1e6:.1f} M characters "
            f"(built in {build:.1f} s; kdf.TEST_ONLY), {len(queries)} searches (top {SEARCH_LIMIT} hits with passages)",
            [
                Row(
                    "search p95",
                    ms(enc_p95),
                    f"plain FTS5 {ms(base_p95)}",
                    f"{enc_p95 / base_p95:.2f}×",
                    "< 50 ms",
                    enc_p95 < SEARCH_P95_TARGET,
                ),
                Row(
                    "search median",
                    ms(statistics.median(enc)),
                    f"plain FTS5 {ms(statistics.median(base))}",
                    f"{statistics.median(enc) / statistics.median(base):.2f}×",
                    "-",
                    True,
                ),
                Row(
                    f"add {args.pdfs} PDFs (3 pages each, {pdf_bytes / 1e6:.1f} MB), one transaction each",
                    f"{added:.2f} s",
                    "-",
                    "-",
                    "< 20 s",
                    added < ADD_100_TARGET,
                ),
                Row("peak RSS", f"{peak_rss_mb():.0f} MB", "-", "-", "< 300 MB", peak_rss_mb() < 300),
            ],
        )
        print("slowest searches: " + "; ".join(f"{q!r} {ms(t)}" for t, q in slowest))
        vault.close()
        plain.conn.close()


if __name__ == "__main__":
    main()
