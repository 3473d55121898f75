PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOWEST := .venv-lowest

.PHONY: setup run test test-lowest lint schema eval bench chromium

# One pinned, hash-checked install; re-run only when the lock or the project metadata change.
$(STAMP): requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

# The main job on the seed article: JSON to output/article.json (and a summary on stdout).
run: $(STAMP)
	$(BIN)/python -m article_extract corpus/article.txt -o output/article.json
	@echo "wrote output/article.json"

# Debian's Chromium for the evidence-page browser tests; they skip with a reason if it cannot be had.
chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq chromium >/dev/null) || \
		echo "chromium could not be installed: the browser tests will be skipped"

# Lint and strict types first, then the whole suite (the quality gate included).
test: $(STAMP) chromium
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy --strict src
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory test-lowest

# The lowest versions pyproject.toml's ranges allow (requirements-lowest.lock, tools/lock.sh),
# in a second venv; the project goes in as a built wheel, as a user would install it.
# uv (pinned in the main lock) installs it: pip 23 trips over the duplicated lxml extras there.
$(LOWEST)/.installed: requirements-lowest.lock $(STAMP)
	rm -rf $(LOWEST)
	$(BIN)/uv venv --quiet --python $(PY) $(LOWEST)
	$(BIN)/uv pip sync --quiet --require-hashes --python $(LOWEST)/bin/python requirements-lowest.lock
	touch $@

# The seed and quality tests once more on those lowest versions, so the ranges are true.
test-lowest: $(LOWEST)/.installed
	$(BIN)/uv pip install --quiet --no-deps --reinstall --python $(LOWEST)/bin/python .
	$(LOWEST)/bin/python -m pytest -q -p no:cacheprovider tests/test_seed.py tests/test_quality.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy --strict src

schema: $(STAMP)
	$(BIN)/python -m article_extract schema > schemas/article.schema.json

eval: $(STAMP)
	$(BIN)/python -m article_extract.evaluate corpus tests/expected
	$(BIN)/python -m article_extract.evaluate corpus/holdout tests/expected/holdout
	$(BIN)/python -m article_extract.evaluate corpus/real tests/expected/real
