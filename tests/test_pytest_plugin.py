"""The `article_regression` fixture, run the way a user runs it: pytest (pytester, in process)
on a tiny project that checks one article against its expectation file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["pytester"]

ARTICLE = (Path(__file__).parent / "data" / "diff" / "harbor_lights.txt").read_text("utf-8")

TESTS = '''
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"


def test_harbor(article_regression):
    article_regression.check(CORPUS / "harbor_lights.txt")


def test_harbor_strict(article_regression):
    article_regression.check(CORPUS / "harbor_lights.txt", strict=True)
'''


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Import and load before pytester snapshots sys.modules, so in-process runs do not
    re-import (and assertion-rewrite) spaCy's lazily imported modules each time."""
    import pytest_regressions.common  # noqa: F401

    from article_extract import extract

    extract(ARTICLE)


@pytest.fixture
def project(pytester: pytest.Pytester) -> Path:
    pytester.makepyfile(test_corpus=TESTS)
    (pytester.path / "corpus").mkdir()
    (pytester.path / "corpus" / "harbor_lights.txt").write_text(ARTICLE, "utf-8")
    return pytester.path


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """pytest in process; without hypothesis' plugin, which imports hypothesis afresh at the
    end of every in-process run (pytester drops modules first imported during a run)."""
    return pytester.runpytest_inprocess(*args, "-p", "no:hypothesispytest")


def load(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return doc


def save(path: Path, doc: dict[str, Any]) -> None:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", "utf-8")


def failure_message(result: pytest.RunResult, test: str) -> list[str]:
    """The `E` lines of one failed test, without pytest's `E` margin."""
    (rep,) = [r for r in result.reprec.getreports("pytest_runtest_logreport")  # type: ignore[attr-defined]
              if r.when == "call" and r.failed and r.nodeid.endswith(test)]
    return [line[8:] for line in str(rep.longreprtext).splitlines() if line.startswith("E   ")]


def test_first_run_creates_second_passes_changed_expectation_fails_with_facts(
        pytester: pytest.Pytester, project: Path) -> None:
    harbor = project / "test_corpus" / "test_harbor.json"

    first = run(pytester, "-k", "test_harbor and not strict")
    first.assert_outcomes(failed=1, deselected=1)
    first.stdout.fnmatch_lines(["*File not found in data directory, created:*",
                                f"*- {harbor}*"])
    created = load(harbor)
    assert created["source"]["path"] == "corpus/harbor_lights.txt"  # relative: portable
    assert created["work"]["title"] == "Harbor Lights"
    assert [d["value"] for d in created["dates"]] == ["2024-05-01", "2024-06"]

    run(pytester, "-k", "test_harbor and not strict").assert_outcomes(
        passed=1, deselected=1)

    # the accepted facts were different: another date value, one cast member fewer
    edited = load(harbor)
    edited["dates"][0]["value"] = "2023-05-01"
    edited["work"]["cast"] = [c for c in edited["work"]["cast"] if c["name"] != "Lee Jun"]
    save(harbor, edited)
    third = run(pytester, "-k", "test_harbor and not strict")
    third.assert_outcomes(failed=1, deselected=1)
    message = failure_message(third, "test_harbor")
    assert message[:7] == [  # Lee Jun comes back with the credit in his brackets
        f"AssertionError: extracted facts differ from {harbor}: 2 added, 0 removed, 1 changed "
        "(+ new in this run, - only in the expectation, ~ changed)",
        "  dates",
        '    ~ "2023-05-01" -> "2024-05-01"  (at "May 1, 2024")',
        "  cast",
        '    + "Lee Jun"',
        "  known_for",
        '    + name="Lee Jun" work="Night Train"',
    ]
    assert message[7].startswith("obtained output: ")
    assert message[7].endswith("test_harbor.obtained.json")
    assert message[8] == "if the new facts are right, accept them with: pytest --force-regen"
    text = "\n".join(message)
    assert "FILES DIFFER" not in text  # not a raw JSON diff

    regen = run(pytester, "-k", "test_harbor and not strict", "--force-regen")
    regen.assert_outcomes(failed=1, deselected=1)
    regen.stdout.fnmatch_lines(["*Files differ and --force-regen set, regenerating file at:*"])
    assert [d["value"] for d in load(harbor)["dates"]] == ["2024-05-01", "2024-06"]
    run(pytester, "-k", "test_harbor and not strict").assert_outcomes(
        passed=1, deselected=1)


def test_evidence_offsets_count_only_with_strict(pytester: pytest.Pytester,
                                                 project: Path) -> None:
    run(pytester, ).assert_outcomes(failed=2)  # creates both expectations
    for name in ("test_harbor", "test_harbor_strict"):
        path = project / "test_corpus" / f"{name}.json"
        doc = load(path)
        rule = doc["work"]["rule"]
        doc["work"]["evidence"] = {"start": 1, "end": 14, "text": "arbor Lights,"}
        save(path, doc)
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    assert failure_message(result, "test_harbor_strict")[1:3] == [
        "  main_work",
        f'    ~ "Harbor Lights": evidence 1-14 {rule} -> 0-13 {rule}']


def test_usage_errors_are_reported_in_one_line(pytester: pytest.Pytester,
                                               project: Path) -> None:
    pytester.makepyfile(test_misuse='''
from pathlib import Path


def test_missing(article_regression):
    article_regression.check(Path(__file__).parent / "corpus" / "nope.txt")


def test_same_file_twice(article_regression):
    article_regression.check(Path(__file__).parent / "corpus" / "harbor_lights.txt",
                             basename="one")
    article_regression.check(Path(__file__).parent / "corpus" / "harbor_lights.txt",
                             basename="one")
''')
    first = run(pytester, "test_misuse.py")
    first.assert_outcomes(failed=2)
    first.stdout.fnmatch_lines([
        "*_ test_missing _*",
        f"article_regression: {project / 'corpus' / 'nope.txt'}: no such file",
        "*_ test_same_file_twice _*",
        "*Failed: File not found in data directory, created:"])
    assert "During handling" not in first.stdout.str()
    # now that one.json exists, the first check passes and the second is refused
    second = run(pytester, "test_misuse.py", "-k", "twice")
    second.assert_outcomes(failed=1, deselected=1)
    second.stdout.fnmatch_lines([
        "*_ test_same_file_twice _*",
        "article_regression.check was called twice with the same expectation file in one test; "
        "give each call its own basename="])
