"""The texts the window and gate tests read: every corpus article and every string literal
in the tests (one place, so each test sees the same set)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_and_test_strings() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(ROOT.glob("corpus/**/*.txt"))]
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 3:
                texts.append(node.value)
    return texts
