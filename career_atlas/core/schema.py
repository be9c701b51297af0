"""JSON Schemas generated from the model, so editors validate data files as you type."""

from __future__ import annotations

import json
from pathlib import Path

from .model import MODELS

SCHEMA_DIR = Path("docs/schema")


def schemas() -> dict[str, str]:
    """File name -> JSON text of every type's schema."""
    out = {}
    for model in MODELS:
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"AI Career Atlas {model.TYPE}"  # type: ignore[attr-defined]
        out[f"{model.TYPE}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"  # type: ignore[attr-defined]
    return out


def write_schemas(root: Path) -> list[Path]:
    target = root / SCHEMA_DIR
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schemas().items():
        path = target / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
