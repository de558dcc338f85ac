"""TLS is verified: a server whose certificate the tablet cannot trust gets nothing, and a
coordinator's own CA bundle (given at enrolment) is used for every later sync."""

import datetime as dt
import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk import datadir, simulate
from kiosk.vault import Vault
from sync import client, enrol
from sync.http import SyncError
from tests.serverside import Server, serving


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A private CA and a certificate for 127.0.0.1 signed by it: (ca, cert, key) files."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Imza test CA"))
        .issuer_name(_name("Imza test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    files = (folder / "ca.pem", folder / "server.pem", folder / "server.key")
    files[0].write_bytes(ca.public_bytes(pem))
    files[1].write_bytes(cert.public_bytes(pem))
    files[2].write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return files


def test_an_untrusted_certificate_is_refused_and_the_ca_bundle_is_kept(
    server: Server, tmp_path: Path
) -> None:
    ca, cert, key = _certificates(tmp_path)
    with serving(server.engine, tls=(cert, key)) as url:
        assert url.startswith("https://127.0.0.1:")
        with pytest.raises(SyncError, match="not trusted") as refused:
            enrol.enrol(tmp_path / "t", url, server.code())
        assert refused.value.action == "fix"
        assert not datadir.is_set_up(tmp_path / "t")
        enrol.enrol(tmp_path / "t", url, server.code(), ca_bundle=str(ca))
        vault = Vault.open(tmp_path / "t")
        simulate.run(vault, 3, 0.0, 1, None, None)
        vault.close()
        outcome = client.sync(tmp_path / "t")  # the CA bundle came from enrolment
    assert outcome.acknowledged == 3
    assert outcome.unsent == 0
