# Sourced by scripts/*: create .venv if needed and (re)install when pyproject.toml changes.
# Needs only python3 (3.11+) on the machine. Wheels only for sqlcipher3: its sdist cannot build here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
    echo "ponte: creating $VENV" >&2
    "$PY" -m venv "$VENV" || {
        echo "ponte: python3 -m venv failed; on Debian run: apt-get install python3-venv" >&2
        exit 1
    }
fi
STAMP="$VENV/.ponte-installed"
WANT="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)-${PONTE_EXTRAS:-desktop,dev,build}"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
    echo "ponte: installing dependencies into .venv" >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
    "$VENV/bin/python" -m pip install --quiet --only-binary sqlcipher3 \
        -e "$ROOT[${PONTE_EXTRAS:-desktop,dev,build}]" >&2
    echo "$WANT" > "$STAMP"
fi
export PATH="$VENV/bin:$PATH"
