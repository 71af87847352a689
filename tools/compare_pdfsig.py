"""Make a set of signed, changed and appended PDFs, ask poppler's ``pdfsig`` about each, and keep both as test data.

Run once from the repository root on a machine with poppler-utils (``apt-get install poppler-utils``):

    .venv/bin/python tools/compare_pdfsig.py            # writes tests/signing/data/
    .venv/bin/python tools/compare_pdfsig.py --check    # only compares pdfsig with our verdicts, prints a table

The tests (tests/signing/test_pdfsig_agreement.py) read the stored files and pdfsig's stored verdicts, so they
never need pdfsig. pdfsig runs with an empty NSS database: it trusts no issuer, like ``handbook verify``
without ``--trust``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "signing" / "data"
BOX = (0, 300, 600, 500, 700)


def _sign(pdf: bytes, p12: Path, password: str, field: str, name: str) -> bytes:
    from handbook.signing.sign import SignatureBox, sign_pdf
    from handbook.signing.signers import Pkcs12Signer

    page, x1, y1, x2, y2 = BOX
    return sign_pdf(
        pdf,
        Pkcs12Signer(p12, password),
        box=SignatureBox(page, x1, y1 - (80 if field != "Signature1" else 0), x2, y2),
        reason="Ký số công văn",
        location="Xã Tân An",
        signer_name_for_stamp=name,
        field_name=field,
    )


def _with_changed_page(signed: bytes) -> bytes:
    """A valid incremental revision after the signature that replaces the page's text (not allowed)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 14 Tf 72 700 Td (CONTENT REPLACED AFTER SIGNING) Tj ET")
    page["/Contents"] = writer.add_object(stream)
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def make_files(tmp: Path) -> dict[str, bytes]:
    from tests.signing.conftest import P12_PASSWORD, SIGNER_CN, make_pdf, make_pki

    pki = make_pki(days=365 * 40)  # the stored files must stay valid for as long as the tests run
    p12 = tmp / "signer.p12"
    p12.write_bytes(pki.p12())
    base = make_pdf()
    signed = _sign(base, p12, P12_PASSWORD, "Signature1", SIGNER_CN)
    changed = signed.replace(b"Hello signed world", b"Hello SIGNED world", 1)
    assert changed != signed
    files = {
        "signed.pdf": signed,
        "signed_twice.pdf": _sign(signed, p12, P12_PASSWORD, "Signature2", SIGNER_CN),
        "changed_inside.pdf": changed,
        "appended_garbage.pdf": signed + b"\nthese bytes were added after the end of the signed file\n",
        "appended_revision.pdf": _with_changed_page(signed),
    }
    (DATA / "ca.pem").write_bytes(pki.ca_pem)
    return files


_SIG = re.compile(r"^Signature #(\d+):")


def pdfsig(path: Path, nss: Path) -> list[dict[str, object]]:
    """pdfsig's verdict per signature: validation line, certificate line, whether the whole file is signed."""
    proc = subprocess.run(
        ["pdfsig", "-nssdir", str(nss), str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    out: list[dict[str, object]] = []
    for line in proc.stdout.splitlines():
        text = line.strip(" -")
        if _SIG.match(line):
            out.append({})
        elif out and text in ("Total document signed", "Not total document signed"):
            out[-1]["Total document signed"] = "Yes" if text.startswith("Total") else "No"
        elif out and ":" in line:
            key, _, value = line.strip(" -").partition(":")
            out[-1][key.strip()] = value.strip()
    return [
        {
            "signature_valid": sig.get("Signature Validation") == "Signature is Valid.",
            "signature_validation": sig.get("Signature Validation", ""),
            "certificate_validation": sig.get("Certificate Validation", ""),
            "total_document_signed": sig.get("Total document signed") == "Yes",
        }
        for sig in out
    ]


def ours(pdf: bytes) -> list[dict[str, object]]:
    from handbook.signing.verify import verify_pdf

    return [
        {
            "intact": r.intact,
            "whole_file": r.coverage == "entire_file" and not r.trailing_bytes,
            "trust_problem": r.trust_problem.id if r.trust_problem else None,
        }
        for r in verify_pdf(pdf, None)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the stored files only, write nothing")
    args = parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_dir:  # a dev tool over made-up test files: temp files are fine
        tmp = Path(tmp_dir)
        nss = tmp / "nss"
        nss.mkdir()
        if shutil.which("certutil"):  # an empty database; without certutil pdfsig opens the empty folder
            subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=False, capture_output=True)
        if args.check:
            files = {p.name: p.read_bytes() for p in sorted(DATA.glob("*.pdf"))}
        else:
            files = make_files(tmp)
            for name, pdf in files.items():
                (DATA / name).write_bytes(pdf)
        verdicts = {name: pdfsig(DATA / name, nss) for name in sorted(files)}
        if not args.check:
            (DATA / "pdfsig.json").write_text(json.dumps(verdicts, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{'file':<24} {'sig':>3}  {'pdfsig valid/whole':<20} {'ours intact/whole':<20} agree")
    for name, theirs in verdicts.items():
        mine = ours(files[name])
        for index, (p, o) in enumerate(zip(theirs, mine, strict=False), 1):
            whole_agrees = p["total_document_signed"] == o["whole_file"] or not o["intact"]
            agree = p["signature_valid"] == o["intact"] and whole_agrees
            print(
                f"{name:<24} {index:>3}  {p['signature_valid']!s:>5}/{p['total_document_signed']!s:<14} "
                f"{o['intact']!s:>5}/{o['whole_file']!s:<14} {'yes' if agree else 'NO'}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
