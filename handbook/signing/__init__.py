"""Digital signatures: sign PDF bytes (PAdES, PKCS#12 file or PKCS#11 token) and verify them."""

from __future__ import annotations

from handbook.signing.sign import DEFAULT_FIELD, SignatureBox, sign_pdf
from handbook.signing.signers import Pkcs11Signer, Pkcs12Signer, SignError, SignerSpec
from handbook.signing.verify import SignatureReport, all_ok, parse_certificates, verify_pdf

__all__ = [
    "DEFAULT_FIELD",
    "Pkcs11Signer",
    "Pkcs12Signer",
    "SignError",
    "SignatureBox",
    "SignatureReport",
    "SignerSpec",
    "all_ok",
    "parse_certificates",
    "sign_pdf",
    "verify_pdf",
]
