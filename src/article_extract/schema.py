"""The JSON Schema of the output, generated from the Pydantic models.

Regenerate the committed file with `python -m article_extract schema > schemas/article.schema.json`;
a test fails when the two drift apart."""

from __future__ import annotations

import json

from .models import Article

SCHEMA_ID = "https://article-extract.example/schemas/article.schema.json"


def schema_dict() -> dict[str, object]:
    schema = Article.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_json() -> str:
    return json.dumps(schema_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
