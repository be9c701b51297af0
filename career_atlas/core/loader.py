"""Load every data file, validate it against the model, and report all problems at once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import AtlasError, Problem
from . import markup
from .model import ID_PATTERN, LANGS, MODEL_BY_FOLDER, Note, Strict, markdown_texts
from .yamlfile import YamlDoc, parse_yaml, read_text, read_yaml

SUFFIX = ".yml"
NOTE_SUFFIX = ".md"


@dataclass(frozen=True)
class Record:
    """One validated data file."""

    id: str
    type: str
    data: Any  # the pydantic model instance
    file: str  # path shown to people, e.g. data/roles/ai-engineer.yml
    doc: YamlDoc

    def line(self, *path: str | int) -> int | None:
        return self.doc.line_of(tuple(path))


def load_records(data_dir: Path, display_root: Path | None = None) -> tuple[list[Record], list[Problem], dict[str, str]]:
    """Read and validate every file under ``data_dir``; never raises for bad data.

    Returns the valid records, the problems, and the id -> type of each file that
    exists but failed, so references to it are not reported a second time.
    """
    display_root = display_root or data_dir.parent
    records: list[Record] = []
    problems: list[Problem] = []
    failed: dict[str, str] = {}
    if not data_dir.is_dir():
        return [], [Problem(str(data_dir), None, "", "the data folder does not exist")], {}
    folders = ", ".join(f"{data_dir.name}/{f}/" for f in MODEL_BY_FOLDER)
    for path in sorted(data_dir.rglob("*")):
        if path.is_dir() or path.name.startswith(".") or path.name == "README.md" or path == data_dir / "terms.yml":
            continue
        display = _display(path, display_root)
        rel = path.relative_to(data_dir)
        if len(rel.parts) != 2 or rel.parts[0] not in MODEL_BY_FOLDER:
            problems.append(Problem(display, None, "", f"is in the wrong place; data files go directly in one of: {folders}"))
            continue
        model = MODEL_BY_FOLDER[rel.parts[0]]
        suffix = NOTE_SUFFIX if model is Note else SUFFIX
        if path.suffix != suffix:
            problems.append(Problem(display, None, "", f"has the wrong extension; expected a {suffix} file"))
            continue
        record, found = _load_one(path, display, model)
        problems += sorted(found, key=lambda p: p.line or 0)
        if record:
            records.append(record)
        else:
            failed[path.stem] = model.TYPE  # type: ignore[attr-defined]
    return records, problems, failed


def _load_one(path: Path, display: str, model: type[Strict]) -> tuple[Record | None, list[Problem]]:
    doc, problems = _read_note(path, display) if model is Note else read_yaml(path, display)
    if doc is None:
        return None, problems
    ident = path.stem
    if not re.match(ID_PATTERN, ident):
        problems.append(Problem(display, None, "", f"the file name {ident!r} is not a valid id; use lower-case letters, digits and hyphens, e.g. data-engineer.yml"))
    problems += _markdown_problems(doc, model is Note)
    try:
        data = model.model_validate(doc.data)
    except ValidationError as e:
        if other := _fits_elsewhere(doc.data, model):
            folder = f"data/{other.FOLDER}/"  # type: ignore[attr-defined]
            return None, [Problem(display, None, "", f"is in the wrong folder: it is a valid {other.TYPE}, so move it to {folder}")]  # type: ignore[attr-defined]
        problems += [_problem(doc, model, err) for err in e.errors()]
        return None, problems
    if problems:
        return None, problems
    return Record(ident, model.TYPE, data, display, doc), []  # type: ignore[attr-defined]


def _markdown_problems(doc: YamlDoc, is_note: bool) -> list[Problem]:
    """Each Markdown text's problems, on their own line: a block text (``|``) starts
    on the line after its key; a note's body on the line after the front matter.
    Read from the raw data, so a file with other errors gets these reported too."""
    found = []
    for path, text in markdown_texts(doc.data):
        for problem in markup.problems(text):
            line = doc.line_of(path)
            if line is not None and problem.line is not None:
                line += problem.line + (1 if "\n" in text and not is_note else 0)
            found.append(Problem(doc.file, line, dotted(path), problem.message))
    return found


def _fits_elsewhere(data: Any, model: type[Strict]) -> type[Strict] | None:
    """The other model this data validates as, if any (a file in the wrong folder)."""
    for other in MODEL_BY_FOLDER.values():
        if other is not model and other is not Note:
            try:
                other.model_validate(data)
            except ValidationError:
                continue
            return other
    return None


def _read_note(path: Path, display: str) -> tuple[YamlDoc | None, list[Problem]]:
    """A note: YAML front matter between --- lines, then the Markdown body."""
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    lines = text.split("\n")
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None) if lines[0].strip() == "---" else None
    if end is None:
        example = "---\ntitle: ...\nauthor: ...\ndate: 2026-01-31\nlang: ko\nabout: [data-engineer]\n---"
        return None, [Problem(display, 1, "", f"a note starts with front matter between --- lines, e.g.\n{example}")]
    doc, problems = parse_yaml("\n".join(lines[1:end]), display, first_line=2)
    if doc is None:
        return None, problems or [Problem(display, 2, "", "the front matter is empty")]
    if "body" in doc.data:
        return None, [Problem(display, doc.line_of(("body",)), "body", "is not a front matter key; the body is the text after the second ---")]
    doc.data["body"] = "\n".join(lines[end + 1 :])
    doc.lines[("body",)] = end + 2
    return doc, problems


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def dotted(loc: tuple[str | int, ...]) -> str:
    """``('stages', 1, 'name')`` -> ``stages[1].name``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problem(doc: YamlDoc, model: type[BaseModel], err: Any) -> Problem:
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-after")))
    kind = err["type"]
    key = dotted(loc)
    if kind == "missing":
        if loc and loc[-1] in LANGS:
            msg = f"the {_lang_name(str(loc[-1]))} text is missing; every text needs both ko: and en:"
        else:
            msg = "is required but missing"
    elif kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        msg = "is not a known key" + (f"; expected one of: {', '.join(allowed)}" if allowed else "")
    elif kind == "literal_error":
        msg = f"{err['input']!r} is not allowed; expected {err['ctx']['expected']}"
    elif kind == "string_pattern_mismatch":
        msg = f"{err['input']!r} has the wrong form; expected {_pattern_hint(err['ctx']['pattern'])}"
    elif kind == "value_error":
        msg = str(err["ctx"]["error"])
    else:
        found = err.get("input")
        shown = f"{found!r}"[:60]
        msg = f"{err['msg'][0].lower()}{err['msg'][1:]} (found {shown}, a {_yaml_type(found)})"
    return Problem(doc.file, doc.line_of(loc), key, msg)


def _lang_name(code: str) -> str:
    return {"ko": "Korean", "en": "English"}.get(code, code)


def _yaml_type(value: Any) -> str:
    return {dict: "mapping", list: "list", str: "text", int: "number", float: "number", bool: "true/false", type(None): "empty value"}.get(type(value), type(value).__name__)


def _pattern_hint(pattern: str) -> str:
    if pattern.startswith("^https?"):
        return "a URL starting with https://"
    if "#" in pattern:
        return "an id like data-collection, or a step like data-collection#raw-data"
    return "an id of lower-case letters, digits and hyphens, like data-engineer"


def _allowed_keys(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The keys the model accepts at ``loc`` (best effort, for the error message)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def load(data_dir: Path, display_root: Path | None = None) -> list[Record]:
    """Load and validate; raise :class:`AtlasError` listing every problem."""
    records, problems, _ = load_records(data_dir, display_root)
    if problems:
        raise AtlasError(problems)
    return records
