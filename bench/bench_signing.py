"""Signing benchmark: one visible PAdES signature on a dispatch-sized PDF, and verifying it.

Run: ``python -m bench.bench_signing``. Uses a self-made certificate (PKCS#12, in a temporary folder).
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
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
RUNS_CLI = 5


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


def _child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of an installed app: bytecode cached (an installed or frozen app never compiles its
    sources at start; ``PYTHONDONTWRITEBYTECODE`` would make every run compile the handbook modules again)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra or {})
    return env


def _timed_child(args: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env, cwd=cwd, timeout=300)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _run(args: list[str]) -> float:
    """Wall time of one fresh process (the median of three, to ride out a busy machine)."""
    env = _child_env()
    subprocess.run(args, check=True, capture_output=True, env=env, timeout=300)  # bytecode written once
    return statistics.median(_timed_child(args, env)[0] for _ in range(3))


def end_to_end(pdf: bytes) -> list[Row]:
    """Where one ``handbook sign`` goes: the interpreter, the command line, pyHanko's modules, the stamp font,
    and the signature itself, each measured as its own fresh process."""
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:  # a bench over made-up files: temp files are fine here
        folder = Path(tmp)
        p12 = folder / "ky.p12"
        self_signed(p12, b"mat-khau")
        (folder / "in.pdf").write_bytes(pdf)
        env = _child_env({"HANDBOOK_P12_PASSWORD": "mat-khau"})
        bare = _run([py, "-c", "pass"])
        cli = _run([py, "-c", "import handbook.cli.main"])
        hanko = _run([py, "-c", "import handbook.cli.main, pyhanko.sign, pyhanko.pdf_utils.font.opentype"])
        font = _run([py, "-c", "import pyhanko.sign; from handbook.signing.sign import _font_factory; _font_factory()"])
        args = [py, "-m", "handbook", "sign", "in.pdf", "out.pdf", "--name", "Nguyễn Thị Hoà", "--p12", str(p12)]
        walls, cpus = [], []
        for _ in range(RUNS_CLI):
            (folder / "out.pdf").unlink(missing_ok=True)
            wall, cpu = _timed_child(args, env, folder)
            walls.append(wall)
            cpus.append(cpu)
        whole, cpu = statistics.median(walls), statistics.median(cpus)
    return [
        Row("  Python interpreter start", ms(bare), "-", "-", "-", True),
        Row("  + handbook command line (sign/verify only)", ms(cli - bare), "-", "-", "-", True),
        Row("  + pyHanko signing modules", ms(hanko - cli), "-", "-", "-", True),
        Row("  stamp font loaded (pre-cut, shipped)", ms(max(0.0, font - hanko + cli - bare)), "-", "-", "-", True),
        Row("  the signature (rest)", ms(max(0.0, whole - hanko)), "-", "-", "-", True),
        Row(
            f"one CLI 'handbook sign' end to end, wall (median of {RUNS_CLI}; min {ms(min(walls))})",
            ms(whole),
            "-",
            "-",
            "< 1.5 s",
            whole < 1.5,
        ),
        Row(
            "  the same, CPU user + system (what a quiet machine's wall time comes to)",
            ms(cpu),
            "-",
            "-",
            "< 1.5 s",
            cpu < 1.5,
        ),
    ]


def main() -> None:
    pdf = comment_sheet.render_comment_sheets([specimen.specimen_sheet(i) for i in range(8)])
    split = end_to_end(pdf)
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
            *split,
        ],
    )


if __name__ == "__main__":
    main()
