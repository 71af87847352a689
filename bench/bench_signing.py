"""Signing benchmark: one visible PAdES signature on a dispatch-sized PDF, and verifying it.

Run: ``python -m bench.bench_signing``. Uses a self-made certificate (PKCS#12, in a temporary folder).
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from bench.table import Row, ms, peak_rss_mb, print_table
from handbook.forms import comment_sheet, specimen
from handbook.signing.sign import SignatureBox, sign_pdf
from handbook.signing.signers import Pkcs12Signer
from handbook.signing.verify import all_ok, verify_pdf

RUNS = 10


def self_signed(path: Path, password: bytes) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Thị Hoà")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, True, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"bench", key, cert, None, serialization.BestAvailableEncryption(password)
        )
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def main() -> None:
    pdf = comment_sheet.render_comment_sheets([specimen.specimen_sheet(i) for i in range(8)])
    with tempfile.TemporaryDirectory() as tmp:
        p12 = Path(tmp) / "ky.p12"
        ca = self_signed(p12, b"mat-khau")
        signer = Pkcs12Signer(p12, "mat-khau")
        box = SignatureBox(0, 330, 60, 552, 130)
        start = time.perf_counter()
        signed = sign_pdf(
            pdf, signer, box=box, reason="Bench", location="Tân An", signer_name_for_stamp="Nguyễn Thị Hoà"
        )
        first = time.perf_counter() - start
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            signed = sign_pdf(
                pdf, signer, box=box, reason="Bench", location="Tân An", signer_name_for_stamp="Nguyễn Thị Hoà"
            )
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        ok = all_ok(verify_pdf(signed, [ca]))
        verify = time.perf_counter() - start
    median = statistics.median(times)
    print_table(
        "Signing benchmark (8-page dispatch, RSA-2048 PKCS#12, visible Noto Serif stamp)",
        [
            Row("first signature in the process", ms(first), "-", "-", "-", True),
            Row(f"one signature (median of {RUNS})", ms(median), "-", "-", "≤ 0.45 s", median <= 0.45),
            Row("verify (intact + trusted)", ms(verify), "-", "-", "-", ok),
            Row("peak RSS", f"{peak_rss_mb():.0f} MB", "-", "-", "< 300 MB", peak_rss_mb() < 300),
        ],
    )


if __name__ == "__main__":
    main()
