"""A self-made CA and signer certificate, a .p12 file, and a small PDF, all made in memory for the signing tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from handbook.signing import Pkcs12Signer

P12_PASSWORD = "mat-khau-p12"
SIGNER_CN = "Nguyễn Thị Hoà"
CA_CN = "CA thử nghiệm Tân An"


@dataclass(frozen=True)
class Pki:
    ca_key: rsa.RSAPrivateKey
    ca_cert: x509.Certificate
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def ca_pem(self) -> bytes:
        return self.ca_cert.public_bytes(serialization.Encoding.PEM)

    @property
    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def key_pkcs8_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def p12(self, password: str = P12_PASSWORD) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"chu-ky-so",
            self.key,
            self.cert,
            [self.ca_cert],
            serialization.BestAvailableEncryption(password.encode()),
        )


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Đảng ủy xã Tân An"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def make_pki(signer_cn: str = SIGNER_CN, ca_cn: str = CA_CN, *, days: int = 730) -> Pki:
    """A CA and a signer certificate valid from yesterday for ``days`` (the CA: at least ten years)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(ca_cn))
        .issuer_name(_name(ca_cn))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=max(3650, days + 1)))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(signer_cn))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return Pki(ca_key, ca_cert, key, cert)


def make_pdf(pages: int = 1, text: str = "CONG VAN GUI NOI CONG TAC") -> bytes:
    """A small uncompressed A4 PDF (uncompressed so tests can find and alter its text)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0)
    for n in range(pages):
        c.setFont("Helvetica", 14)
        c.drawString(72, 760, f"{text} - page {n + 1}")
        c.drawString(72, 730, "Hello signed world")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="session")
def pki() -> Pki:
    return make_pki()


@pytest.fixture
def p12_path(tmp_path: Path, pki: Pki) -> Path:
    path = tmp_path / "chu-ky.p12"
    path.write_bytes(pki.p12())
    return path


@pytest.fixture
def p12_signer(p12_path: Path) -> Pkcs12Signer:
    return Pkcs12Signer(p12_path, P12_PASSWORD)


@pytest.fixture(scope="session")
def small_pdf() -> bytes:
    return make_pdf()
