"""schemas/article.schema.json: generated from the models, and what a consumer validates with."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from article_extract.schema import schema_json

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "article.schema.json"


def test_committed_schema_matches_the_models() -> None:
    assert SCHEMA.read_text("utf-8") == schema_json(), (
        "schema drifted: run `python -m article_extract schema > schemas/article.schema.json`")


def test_seed_output_validates(seed: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(seed, schema, cls=jsonschema.Draft202012Validator)


def test_schema_rejects_a_broken_document(seed: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    broken = json.loads(json.dumps(seed))
    broken["money"][0]["currency"] = "dollars"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(broken))
    assert [e.message for e in errors] == ["'dollars' does not match '^[A-Z]{3}$'"]
