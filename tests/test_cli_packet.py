import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

VECTORS = {
    v["name"]: v
    for v in json.loads((Path(__file__).parent / "vectors" / "packets.json").read_text())["vectors"]
}


def inspect(tmp_path: Path, name: str, *extra: str) -> subprocess.CompletedProcess[str]:
    v = VECTORS[name]
    pkt = tmp_path / f"{name}.ponte"
    pkt.write_bytes(base64.b64decode(v["packet"]))
    key = tmp_path / "recipient.key"
    key.write_text(v["recipient_private_key"] + "\n")
    args = [sys.executable, "-m", "ponte", "packet", "inspect", str(pkt)]
    for flag in extra:
        args += {
            "sender": ["--sender-key", v["sender_public_key"]],
            "recipient": ["--recipient-key", str(key), "--now", v["now"]],
        }[flag]
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def test_header_only_without_keys(tmp_path: Path) -> None:
    out = inspect(tmp_path, "valid_small")
    assert out.returncode == 0
    assert '"to": "cpi-rho-01"' in out.stdout
    assert "orientamento" not in out.stdout, "the payload stays closed without keys"


@pytest.mark.parametrize("name", ["valid_small", "valid_post_quantum"])
def test_verify_and_open_with_keys(tmp_path: Path, name: str) -> None:
    out = inspect(tmp_path, name, "sender", "recipient")
    assert out.returncode == 0, out.stderr
    assert "signature: valid" in out.stdout
    assert '"purpose": "orientamento al lavoro"' in out.stdout


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("tampered_signature", "signature is not valid"),
        ("tampered_header_resigned", "could not be decrypted"),
        ("unknown_sender_key", "not in the network directory"),
    ],
)
def test_refusals_are_sentences(tmp_path: Path, name: str, words: str) -> None:
    out = inspect(tmp_path, name, "sender", "recipient")
    assert out.returncode == 2
    assert words in out.stderr
    assert "Traceback" not in out.stderr
