"""JSON Schemas generated from the model, so editors validate data files as you type."""

from __future__ import annotations

import json
from pathlib import Path

from .model import DEFAULT_LANGUAGES, MODELS, Localized

SCHEMA_DIR = Path("docs/schema")


def schemas(languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> dict[str, str]:
    """File name -> JSON text of every type's schema, for the site's languages."""
    localized = {cls.__name__: cls for cls in Localized.__subclasses__()}
    out = {}
    for model in MODELS:
        schema = model.model_json_schema()
        for name, definition in schema.get("$defs", {}).items():
            if name in localized:  # texts keyed by language: exactly the site's languages
                value = definition.pop("additionalProperties")
                definition["properties"] = {lang: value for lang in languages}
                definition["additionalProperties"] = False
                if not localized[name].OPTIONAL:
                    definition["required"] = list(languages)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"AI Career Atlas {model.TYPE}"  # type: ignore[attr-defined]
        out[f"{model.TYPE}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"  # type: ignore[attr-defined]
    return out


def write_schemas(root: Path, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> list[Path]:
    target = root / SCHEMA_DIR
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schemas(languages).items():
        path = target / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
