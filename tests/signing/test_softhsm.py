"""Signing through PKCS#11 with SoftHSM2 standing in for a USB token (its own token directory in a temp folder)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from handbook.signing import Pkcs11Signer, SignatureBox, SignError, all_ok, sign_pdf, verify_pdf
from tests.conftest import CliResult, write_secret
from tests.signing.conftest import SIGNER_CN, Pki
from tools.sysdeps import SOFTHSM_HOWTO, softhsm_module, softhsm_util

TOKEN = "Token Thu Nghiem"
EMPTY_TOKEN = "Token Trong"
PIN = "123456"
SO_PIN = "65432100"
KEY_ID = "a1"
BOX = SignatureBox(-1, 330, 60, 552, 130)

Cli = Callable[..., CliResult]


@dataclass(frozen=True)
class SoftHsm:
    module: str
    conf: Path


@pytest.fixture(scope="module")
def softhsm(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> Iterator[SoftHsm]:
    module, tool = softhsm_module(), softhsm_util()
    if module is None or tool is None:
        pytest.fail(SOFTHSM_HOWTO)  # never a skip: a signing path nobody tested is a signing path that breaks
    root = tmp_path_factory.mktemp("softhsm")
    (root / "tokens").mkdir()
    conf = root / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {root / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n", encoding="utf-8"
    )
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}

    def util(*args: str) -> None:
        subprocess.run([tool, *args], env=env, check=True, capture_output=True)

    util("--init-token", "--free", "--label", TOKEN, "--pin", PIN, "--so-pin", SO_PIN)
    util("--init-token", "--free", "--label", EMPTY_TOKEN, "--pin", PIN, "--so-pin", SO_PIN)
    key_file = root / "test-key.pem"  # a throwaway test key, never document content
    key_file.write_bytes(pki.key_pkcs8_pem)
    util("--import", str(key_file), "--token", TOKEN, "--label", "chu-ky", "--id", KEY_ID, "--pin", PIN)
    key_file.unlink()

    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read by SoftHSM when this process first loads the module
    try:
        _store_certificate(module, pki)
        yield SoftHsm(module, conf)
    finally:
        if previous is None:
            os.environ.pop("SOFTHSM2_CONF", None)
        else:
            os.environ["SOFTHSM2_CONF"] = previous


def _store_certificate(module: str, pki: Pki) -> None:
    """softhsm2-util imports keys only; the certificate goes on the token through PKCS#11 itself."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    token = pkcs11.lib(module).get_token(token_label=TOKEN)
    with token.open(rw=True, user_pin=PIN) as session:
        for cert, label, cert_id in ((pki.cert, "chu-ky", bytes.fromhex(KEY_ID)), (pki.ca_cert, "ca", b"\xca")):
            from cryptography.hazmat.primitives.serialization import Encoding

            session.create_object(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.LABEL: label,
                    Attribute.ID: cert_id,
                    Attribute.SUBJECT: cert.subject.public_bytes(),
                    Attribute.VALUE: cert.public_bytes(Encoding.DER),
                }
            )


def _sign(small_pdf: bytes, spec: Pkcs11Signer) -> bytes:
    return sign_pdf(
        small_pdf,
        spec,
        box=BOX,
        reason="Ký số công văn",
        location="Xã Tân An",
        signer_name_for_stamp="Nguyễn Thị Hoà",
    )


def test_sign_with_the_token_and_verify(softhsm: SoftHsm, small_pdf: bytes, pki: Pki) -> None:
    signed = _sign(small_pdf, Pkcs11Signer(softhsm.module, PIN, token_label=TOKEN))
    assert signed.startswith(small_pdf)
    [report] = verify_pdf(signed, [pki.ca_pem])
    assert report.signer_name == SIGNER_CN
    assert report.intact and report.trusted and not report.changed_after_signing
    assert all_ok([report])


def test_key_chosen_by_label_and_slot(softhsm: SoftHsm, small_pdf: bytes, pki: Pki) -> None:
    import pkcs11

    slot = next(
        s.slot_id for s in pkcs11.lib(softhsm.module).get_slots(token_present=True) if s.get_token().label == TOKEN
    )
    spec = Pkcs11Signer(softhsm.module, PIN, slot=slot, key_label="chu-ky", cert_label="chu-ky")
    [report] = verify_pdf(_sign(small_pdf, spec), [pki.ca_pem])
    assert report.ok


@pytest.mark.parametrize(
    ("spec_args", "msg_id"),
    [
        ({"pin": "000000", "token_label": TOKEN}, "sign.p11_wrong_pin"),
        ({"pin": PIN, "token_label": "Khong Co"}, "sign.p11_token_not_found"),
        ({"pin": PIN}, "sign.p11_many_tokens"),
        ({"pin": PIN, "token_label": EMPTY_TOKEN}, "sign.p11_no_key"),
        ({"pin": PIN, "token_label": TOKEN, "key_label": "khac"}, "sign.p11_no_key"),
        ({"pin": PIN, "token_label": TOKEN, "cert_label": "khac"}, "sign.p11_no_cert"),
    ],
)
def test_token_refusals_are_sentences(
    softhsm: SoftHsm, small_pdf: bytes, spec_args: dict[str, Any], msg_id: str
) -> None:
    with pytest.raises(SignError) as info:
        _sign(small_pdf, Pkcs11Signer(softhsm.module, **spec_args))
    assert info.value.message.id == msg_id
    assert info.value.exit_code == 2
    text = info.value.render("vi")
    assert "{" not in text and "token" in text.lower()


def test_missing_module(small_pdf: bytes, tmp_path: Path) -> None:
    with pytest.raises(SignError) as info:
        _sign(small_pdf, Pkcs11Signer(str(tmp_path / "khong-co.so"), PIN))
    assert info.value.message.id == "sign.p11_module"
    assert "khong-co.so" in info.value.render("en")


def test_cli_signs_with_the_token(softhsm: SoftHsm, small_pdf: bytes, pki: Pki, tmp_path: Path, cli: Cli) -> None:
    src, out = tmp_path / "cong-van.pdf", tmp_path / "cong-van-da-ky.pdf"
    src.write_bytes(small_pdf)
    ca = tmp_path / "ca.pem"
    ca.write_bytes(pki.ca_pem)
    env = {"SOFTHSM2_CONF": str(softhsm.conf)}
    pin_file = write_secret(tmp_path / "pin.txt", PIN)
    r = cli(
        "sign", str(src), str(out), "--pkcs11", softhsm.module, "--pin-file", pin_file, "--token-label", TOKEN,
        "--name", "Nguyễn Thị Hoà", env=env,
    )  # fmt: skip
    assert r.code == 0, r.err
    assert out.is_file()
    v = cli("verify", str(out), "--trust", str(ca))
    assert v.code == 0, v.out + v.err
    assert SIGNER_CN in v.out
    bad = cli(
        "sign", str(src), str(tmp_path / "x.pdf"), "--pkcs11", softhsm.module, "--token-label", TOKEN,
        "--name", "X", env={**env, "HANDBOOK_PIN": "999999"},
    )  # fmt: skip
    assert bad.code == 2 and "Sai mã PIN" in bad.err and "Traceback" not in bad.err
    assert not (tmp_path / "x.pdf").exists()
