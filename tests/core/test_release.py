"""Signed release manifests: real Ed25519 keys, real files, every way a download can be bad."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ponte.core.errors import (
    ReleaseFileMismatch,
    ReleaseFileMissing,
    ReleaseTampered,
    UnknownReleaseKey,
)
from ponte.core.release import (
    make_manifest,
    parse_manifest,
    public_key_hex,
    sign_manifest,
    verify_release,
)


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def pub(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


@pytest.fixture
def release(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    folder = tmp_path / "dl"
    folder.mkdir()
    (folder / "ponte-0.1.0-linux-x86_64.tar.gz").write_bytes(b"tarball " * 1000)
    (folder / "ponte_0.1.0_amd64.deb").write_bytes(b"debian package " * 500)
    manifest = make_manifest(sorted(folder.iterdir()))
    (folder / "SHA256SUMS").write_bytes(manifest)
    (folder / "SHA256SUMS.sig").write_bytes(sign_manifest(manifest, key))
    return folder / "SHA256SUMS"


def test_a_whole_release_verifies(release: Path, key: Ed25519PrivateKey) -> None:
    check = verify_release(release, [pub(key)])
    assert check.key == pub(key)
    assert check.verified == ("ponte-0.1.0-linux-x86_64.tar.gz", "ponte_0.1.0_amd64.deb")


def test_manifest_is_what_sha256sum_checks(release: Path) -> None:
    out = subprocess.run(
        ["sha256sum", "--strict", "-c", "SHA256SUMS"],
        cwd=release.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count(": OK") == 2


def test_an_edited_manifest_is_refused(release: Path, key: Ed25519PrivateKey) -> None:
    target = release.parent / "ponte_0.1.0_amd64.deb"
    target.write_bytes(b"evil package")
    lines = release.read_text().splitlines()
    # the attacker updates the hash of the file she swapped, but cannot re-sign
    import hashlib

    digest = hashlib.sha256(b"evil package").hexdigest()
    lines = [f"{digest}  {target.name}" if target.name in ln else ln for ln in lines]
    release.write_text("\n".join(lines) + "\n")
    with pytest.raises(ReleaseTampered):
        verify_release(release, [pub(key)])


def test_a_file_swapped_after_signing_is_a_mismatch(release: Path, key: Ed25519PrivateKey) -> None:
    (release.parent / "ponte_0.1.0_amd64.deb").write_bytes(b"debian package " * 499 + b"X")
    with pytest.raises(ReleaseFileMismatch) as err:
        verify_release(release, [pub(key)])
    assert "ponte_0.1.0_amd64.deb" in str(err.value)


def test_a_missing_file_is_named_and_can_be_skipped(release: Path, key: Ed25519PrivateKey) -> None:
    (release.parent / "ponte-0.1.0-linux-x86_64.tar.gz").unlink()
    with pytest.raises(ReleaseFileMissing) as err:
        verify_release(release, [pub(key)])
    assert "tar.gz" in str(err.value)
    check = verify_release(release, [pub(key)], ignore_missing=True)
    assert check.verified == ("ponte_0.1.0_amd64.deb",)
    assert check.skipped == ("ponte-0.1.0-linux-x86_64.tar.gz",)


def test_skipping_everything_is_not_a_verification(release: Path, key: Ed25519PrivateKey) -> None:
    for f in release.parent.glob("ponte*"):
        f.unlink()
    with pytest.raises(ReleaseFileMissing):
        verify_release(release, [pub(key)], ignore_missing=True)


def test_a_valid_signature_by_an_untrusted_key_is_refused(release: Path) -> None:
    stranger = Ed25519PrivateKey.generate()
    with pytest.raises(UnknownReleaseKey):
        verify_release(release, [pub(stranger)])
    with pytest.raises(UnknownReleaseKey):
        verify_release(release, [])  # the compiled-in list is empty for now


def test_re_signing_with_the_attackers_key_is_refused(
    release: Path, key: Ed25519PrivateKey
) -> None:
    attacker = Ed25519PrivateKey.generate()
    release.with_name("SHA256SUMS.sig").write_bytes(sign_manifest(release.read_bytes(), attacker))
    with pytest.raises(UnknownReleaseKey):
        verify_release(release, [pub(key)])


def test_a_signature_claiming_the_trusted_key_but_made_by_another_is_refused(
    release: Path, key: Ed25519PrivateKey
) -> None:
    forged = sign_manifest(release.read_bytes(), Ed25519PrivateKey.generate()).decode()
    parts = forged.split()
    release.with_name("SHA256SUMS.sig").write_text(f"{parts[0]} {pub(key)} {parts[2]}\n")
    with pytest.raises(ReleaseTampered):
        verify_release(release, [pub(key)])


@pytest.mark.parametrize(
    "sig",
    [b"", b"ed25519 zz", b"rsa 00 00", "ed25519 é".encode(), b"\xff\xfe"],
    ids=["empty", "short", "other-algorithm", "non-ascii", "binary"],
)
def test_a_garbled_signature_file_is_tampering(
    release: Path, key: Ed25519PrivateKey, sig: bytes
) -> None:
    release.with_name("SHA256SUMS.sig").write_bytes(sig)
    with pytest.raises(ReleaseTampered):
        verify_release(release, [pub(key)])


def test_no_signature_file_is_refused(release: Path, key: Ed25519PrivateKey) -> None:
    release.with_name("SHA256SUMS.sig").unlink()
    with pytest.raises(ReleaseTampered):
        verify_release(release, [pub(key)])


@pytest.mark.parametrize(
    "manifest",
    [
        b"",
        b"abc  file\n",
        b"%s  ../etc/passwd\n" % (b"0" * 64),
        b"%s  sub/file\n" % (b"0" * 64),
        b"%s  a\n%s  a\n" % (b"0" * 64, b"1" * 64),
        b"%s  no-newline" % (b"0" * 64),
    ],
    ids=["empty", "short-hash", "traversal", "subfolder", "duplicate", "truncated"],
)
def test_malformed_manifests_are_refused_even_when_signed(
    tmp_path: Path, key: Ed25519PrivateKey, manifest: bytes
) -> None:
    with pytest.raises(ReleaseTampered):
        parse_manifest(manifest)
    (tmp_path / "SHA256SUMS").write_bytes(manifest)
    sig = f"ed25519 {pub(key)} {key.sign(manifest).hex()}\n"
    (tmp_path / "SHA256SUMS.sig").write_text(sig)
    with pytest.raises(ReleaseTampered):
        verify_release(tmp_path / "SHA256SUMS", [pub(key)])


def test_key_argument_is_hex_or_a_file(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    assert public_key_hex(pub(key).upper()) == pub(key)
    f = tmp_path / "release.pub"
    f.write_text(pub(key) + "\n")
    assert public_key_hex(str(f)) == pub(key)
    with pytest.raises(ValueError, match="hex"):
        public_key_hex("not-a-key")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ponte", *args], capture_output=True, text=True, check=False
    )


def test_cli_verify_release(release: Path, key: Ed25519PrivateKey, tmp_path: Path) -> None:
    ok = _cli("verify-release", str(release), "--key", pub(key))
    assert ok.returncode == 0, ok.stderr
    assert "ok      ponte_0.1.0_amd64.deb" in ok.stdout
    assert "safe to install" in ok.stdout

    untrusted = _cli("verify-release", str(release))
    assert untrusted.returncode == 2
    assert "signed by a key Ponte does not trust" in untrusted.stderr

    (release.parent / "ponte_0.1.0_amd64.deb").write_bytes(b"changed")
    bad = _cli("verify-release", str(release), "--key", pub(key))
    assert bad.returncode == 2
    assert "does not match the signed manifest" in bad.stderr
    assert "Traceback" not in bad.stderr
