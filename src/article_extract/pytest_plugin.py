"""pytest plugin (entry point ``pytest11``): the ``article_regression`` fixture, so users can
regression-test extractions of their own corpus.

    def test_article(article_regression):
        article_regression.check("corpus/harbor.txt")

``check`` runs the extraction and compares its facts with an expectation file stored, as
pytest-regressions does, in a folder named after the test module (``test_x.py`` ->
``test_x/<test name>.json``). The first run writes the file and fails; ``--force-regen``
rewrites a differing file (and fails, so the change is seen); ``--regen-all`` rewrites every
file. A mismatch is reported as the fact-level diff of `article_extract.diff` (expectation =
OLD, extraction = NEW), not as a JSON diff: evidence offsets and rule ids do not count unless
``strict=True``. The expectation is the tool's full JSON output, so it can be reviewed, and
diffed with ``python -m article_extract diff``.

pytest-regressions (and its pytest-datadir) are imported only when the fixture is used, so the
plugin costs nothing to projects that do not use it.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from .diff_facts import diff_outputs
from .diff_report import format_categories


class ArticleRegression:
    """The object behind the ``article_regression`` fixture; `force_regen` and `strict` apply
    to every `check` of the test."""

    def __init__(self, datadir: Any, original_datadir: Path,
                 request: pytest.FixtureRequest) -> None:
        self.datadir = datadir
        self.original_datadir = original_datadir
        self.request = request
        self.force_regen = False
        self.strict = False
        self._targets: set[Path] = set()

    def check(self, article: str | os.PathLike[str], *, basename: str | None = None,
              fullpath: str | os.PathLike[str] | None = None,
              reference_date: date | None = None, model: str | None = None,
              strict: bool | None = None) -> None:
        """Extract `article` (a text file) and compare its facts with the expectation file
        (default: ``<test module>/<test name>.json``; `basename` or `fullpath` to choose).
        Pass `reference_date` when the article has relative dates and no dateline, so the
        expectation does not depend on the day the test runs."""
        __tracebackhide__ = True
        from pytest_regressions.common import perform_regression_check, resolve_check_paths

        from .api import extract
        from .emit import to_json
        from .errors import ArticleError
        from .reader import read_source

        full = None if fullpath is None else Path(fullpath)
        # the file to review (not its temporary copy), and one file per check
        source = resolve_check_paths(self.datadir, self.original_datadir, self.request, ".json",
                                     basename, full).source
        if source in self._targets:
            pytest.fail("article_regression.check was called twice with the same expectation "
                        "file in one test; give each call its own basename=", pytrace=False)
        self._targets.add(source)

        path = Path(article)
        problem: str | None = None
        try:
            text, _ = read_source(str(path))
        except ArticleError as exc:
            problem = exc.message
        if problem is not None:  # outside `except`: one line, no chained traceback
            pytest.fail(f"article_regression: {problem}", pytrace=False)
        document = to_json(extract(text, reference_date=reference_date, model=model,
                                   source_path=self._source_path(path))).encode("utf-8")
        use_strict = self.strict if strict is None else strict

        def dump(filename: Path) -> None:
            filename.write_bytes(document)

        def check_fn(obtained: Path, expected: Path) -> None:
            __tracebackhide__ = True
            message = fact_diff_message(expected, obtained, strict=use_strict, shown_as=source)
            if message:
                raise AssertionError(message)

        perform_regression_check(
            datadir=self.datadir, original_datadir=self.original_datadir, request=self.request,
            check_fn=check_fn, dump_fn=dump, extension=".json", basename=basename,
            fullpath=full, force_regen=self.force_regen)

    def _source_path(self, path: Path) -> str:
        """Relative to the rootdir when possible, so expectations do not embed a machine's
        absolute paths."""
        try:
            return path.resolve().relative_to(self.request.config.rootpath.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def fact_diff_message(expected: Path, obtained: Path, *, strict: bool = False,
                      shown_as: Path | None = None) -> str | None:
    """The failure message for an expectation that differs from the obtained output, or None
    when their facts are the same; `shown_as` names the expectation in the message."""
    name = shown_as or expected
    try:
        old = json.loads(expected.read_text("utf-8"))
        new = json.loads(obtained.read_text("utf-8"))
        cats = diff_outputs(old, new, strict=strict, old_name=str(expected),
                            new_name=str(obtained))
    except (OSError, ValueError) as exc:  # InputError is a ValueError
        return f"{name}: unusable expectation ({exc}); rewrite it with --force-regen"
    if not cats:
        return None
    a = sum(len(c.added) for c in cats)
    r = sum(len(c.removed) for c in cats)
    ch = sum(len(c.changed) for c in cats)
    return "\n".join([
        f"extracted facts differ from {name}: {a} added, {r} removed, {ch} changed "
        "(+ new in this run, - only in the expectation, ~ changed)",
        *format_categories(cats),
        f"obtained output: {obtained}",
        "if the new facts are right, accept them with: pytest --force-regen",
    ])


@pytest.fixture
def article_regression(request: pytest.FixtureRequest) -> ArticleRegression:
    """Regression-test an extraction: ``article_regression.check(path_to_article)``."""
    try:
        import pytest_regressions  # noqa: F401
    except ImportError:
        pytest.fail("article_regression needs pytest-regressions: "
                    "pip install pytest-regressions", pytrace=False)
    return ArticleRegression(request.getfixturevalue("lazy_datadir"),
                             request.getfixturevalue("original_datadir"), request)
