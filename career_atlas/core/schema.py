"""JSON Schemas generated from the model, so editors validate data files as you type.

The relation fields also list the ids that exist (from the file names in ``data/`` and
the steps in the stage files), so an editor marks a misspelled id as you type it.

Nothing generated is committed: a new file would change the id lists, and a contributor
who edits in the browser cannot regenerate them. The build publishes the schemas with
the site (``schema/<type>.schema.json`` beside the language folders), and every data
file names its published schema on its first line (:func:`modeline`).
``python -m career_atlas schema`` writes them for the data of a clone into ``.schema/``
(git-ignored), and ``check`` says when that copy is out of date (:func:`stale`). Every
folder is given by the caller: nothing here knows where the repository is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .model import MODELS, Entity, Localized, Note, SourceNote, Stage, Strict
from .relations import ANY, RELATIONS
from .yamlfile import read_yaml

SCHEMA_DIR = Path(".schema")
"""Where ``python -m career_atlas schema`` writes the schemas of a clone's data (git-ignored)."""
SITE_DIR = "schema"
"""Where the build publishes them, relative to the site root."""


def schema_url(site_url: str, type_: str) -> str:
    """The published schema of a type: ``<site_url>schema/role.schema.json``; without a site
    URL, the copy ``python -m career_atlas schema`` writes (relative to a data file)."""
    if not site_url:
        return f"../../{SCHEMA_DIR.as_posix()}/{type_}.schema.json"
    return f"{site_url.rstrip('/')}/{SITE_DIR}/{type_}.schema.json"


def modeline(site_url: str, type_: str) -> str:
    """The first line of every data file: editors with the YAML language server validate it."""
    return f"# yaml-language-server: $schema={schema_url(site_url, type_)}"


def known_ids(data_dir: Path) -> dict[str, list[str]]:
    """Type -> the ids of its files, and ``"step"`` -> every ``stage#step``."""
    ids: dict[str, list[str]] = {}
    for model in (*MODELS, SourceNote):
        folder = data_dir / model.FOLDER  # type: ignore[attr-defined]
        files = sorted(folder.glob("*.yml")) if folder.is_dir() else []
        ids[model.TYPE] = [f.stem for f in files if not f.name.startswith(".")]  # type: ignore[attr-defined]
    steps = []
    for stage in ids[Stage.TYPE]:
        doc, _ = read_yaml(data_dir / Stage.FOLDER / f"{stage}.yml", stage)
        for step in (doc.data.get("steps") if doc else None) or []:
            if isinstance(step, dict) and isinstance(step.get("id"), str):
                steps.append(f"{stage}#{step['id']}")
    ids["step"] = steps
    return ids


def schemas(languages: tuple[str, ...], data_dir: Path, site_url: str = "") -> dict[str, str]:
    """File name -> JSON text of every type's schema (and the notes' front matter), for
    the site's languages and the ids in ``data_dir``; with ``site_url``, each schema's
    ``$id`` is its published address."""
    ids = known_ids(data_dir)
    localized = {cls.__name__: cls for cls in Localized.__subclasses__()}
    out = {}
    models: tuple[type[Strict], ...] = (*MODELS, Note, SourceNote)
    for model in models:
        schema = model.model_json_schema()
        for name, definition in schema.get("$defs", {}).items():
            if name in localized:  # texts keyed by language: exactly the site's languages
                value = definition.pop("additionalProperties")
                definition["properties"] = {**definition.get("properties", {}), **{lang: value for lang in languages}}
                definition["additionalProperties"] = False
                if not localized[name].OPTIONAL:
                    definition["required"] = [*definition.get("required", []), *languages]
            if name == "Anchor" and ids.get(SourceNote.TYPE):  # an anchor names a note: one of data/sources/
                definition["properties"]["note"]["enum"] = ids[SourceNote.TYPE]
        relations = [(rel.key, rel.target_types) for rel in RELATIONS if rel.source_type in ("*", model.TYPE)]  # type: ignore[attr-defined]
        if model is Note:  # the body is the text after the front matter
            del schema["properties"]["body"]
            schema["required"].remove("body")
            relations.append(("about", ANY))
        for key, types in relations:
            _list_ids(schema, key.split("."), types, ids)
        if issubclass(model, Entity):  # the lecture it comes from, or background beyond the lectures
            schema["anyOf"] = [{"required": [k], "properties": {k: {"minItems": 1}}} for k in ("sources", "background")]
            # From the lectures: what they said is there; beyond them: no lecture text at all (as the model checks).
            schema["if"] = {"required": ["sources"]}
            schema["then"] = {"required": list(model.LECTURE_REQUIRED)}
            schema["else"] = {"properties": dict.fromkeys(model.LECTURE_TEXT, False)}
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        if site_url:
            schema["$id"] = schema_url(site_url, model.TYPE)  # type: ignore[attr-defined]
        schema["title"] = f"AI Career Atlas {model.TYPE}"  # type: ignore[attr-defined]
        out[f"{model.TYPE}.schema.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"  # type: ignore[attr-defined]
    return out


def _list_ids(schema: dict[str, Any], keys: list[str], types: tuple[str, ...], ids: dict[str, list[str]]) -> None:
    """Add the valid ids as an ``enum`` to the field at ``keys`` (``steps.tools``: a step's tools)."""
    node: dict[str, Any] | None = schema
    for key in keys:
        node = _resolve(schema, node.get("properties", {}).get(key)) if node else None
    if not node:
        return
    values = sorted(i for t in types for i in ids.get(t, []))
    if "#" in node.get("pattern", "") and "stage" in types:
        values += ids["step"]
    if values:
        node["enum"] = values


def _resolve(schema: dict[str, Any], node: dict[str, Any] | None) -> dict[str, Any] | None:
    """The object or string schema behind a field: through lists, references and ``X | None``."""
    while node:
        if "items" in node:
            node = node["items"]
        elif "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        elif "anyOf" in node:
            node = next((n for n in node["anyOf"] if n.get("type") != "null"), None)
        else:
            return node
    return None


def write_schemas(data_dir: Path, target: Path, languages: tuple[str, ...], site_url: str = "") -> list[Path]:
    """Write the schemas of the data in ``data_dir`` into ``target`` (a clone's ``.schema/``)."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schemas(languages, data_dir, site_url).items():
        path = target / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale(data_dir: Path, folder: Path, languages: tuple[str, ...], site_url: str = "") -> list[str]:
    """The schemas in ``folder`` (a clone's ``.schema/``) that differ from those of the data in
    ``data_dir`` (none when the folder does not exist: it is only there for those who asked for it)."""
    if not folder.is_dir():
        return []
    found = []
    for name, text in schemas(languages, data_dir, site_url).items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            found.append(name)
    return found
