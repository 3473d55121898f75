"""The distribution is published under its own name: `article_extract` on the package index is
another author's project, so installing by the import name would fetch the wrong code."""

from __future__ import annotations

from importlib.metadata import distribution, entry_points, packages_distributions

import article_extract

DIST = "article-evidence"


def test_the_distribution_has_its_own_name_and_the_version_the_package_reports() -> None:
    meta = distribution(DIST).metadata
    assert meta["Name"] == DIST
    assert distribution(DIST).version == article_extract.__version__


def test_the_import_package_and_the_console_script_keep_their_names() -> None:
    assert DIST in packages_distributions()["article_extract"]
    scripts = {e.name: e.value for e in entry_points(group="console_scripts")
               if e.dist is not None and e.dist.name == DIST}
    assert scripts == {"article-extract": "article_extract.cli:main"}
