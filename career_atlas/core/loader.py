"""Load every data file, validate it against the model, and report all problems at once."""

from __future__ import annotations

import difflib
import os
import re
import stat
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from . import markup
from .budget import RENDER_SECONDS, TooSlow, time_limit
from .errors import AtlasError, Problem
from .model import (
    BLOCK_TAGS,
    DEFAULT_LANGUAGES,
    ID_MAX,
    MAX_TEXT,
    MODEL_BY_FOLDER,
    RESERVED_IDS,
    Localized,
    Note,
    Strict,
    is_id,
    markdown_texts,
)
from .scaffold import DATE_PLACEHOLDER, PLACEHOLDER, is_placeholder
from .yamlfile import MAX_BYTES, YamlDoc, dotted, parse_yaml, read_text, read_yaml_on, too_big

SUFFIX = ".yml"
NOTE_SUFFIX = ".md"
TOP_LEVEL_FILES = frozenset({"terms.yml", "start.yml", "self-check.yml"})
"""Files directly in data/ that are not entries: the terminology list (core/terms.py), the reading
paths of the start page and the self-check questions (render/start.py, render/selfcheck.py)."""
"""The terminology list, directly in data/: loaded on its own, not as an entry."""

_DATA_MODELS = frozenset(MODEL_BY_FOLDER.values())

# Editors' swap and backup files and hidden files: never data, but listed so nobody wonders.
_BACKUP_SUFFIXES = (".swp", ".swo", ".bak", ".orig", ".tmp")


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


@dataclass
class Loaded:
    """Everything one pass over ``data/`` found."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    """id -> type of each file that exists but failed, so references to it are not reported twice."""
    ignored: list[str] = field(default_factory=list)
    """Hidden files and editor backups that were skipped (shown paths), for a log line each."""


def load_records(data_dir: Path, display_root: Path | None = None) -> tuple[list[Record], list[Problem], dict[str, str]]:
    """Read and validate every file under ``data_dir``; never raises for bad data.

    Returns the valid records, the problems, and the id -> type of each file that
    exists but failed. :func:`load_data` also returns the ignored files.
    """
    loaded = load_data(data_dir, display_root)
    return loaded.records, loaded.problems, loaded.failed


def load_data(data_dir: Path, display_root: Path | None = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES,
              known: tuple[str, ...] = ()) -> Loaded:
    """Read and validate every file under ``data_dir``; never raises for bad data. Texts must
    have every one of ``languages``; other keys must be ``known`` languages (with labels)."""
    display_root = display_root or data_dir.parent
    loaded = Loaded()
    if not data_dir.is_dir():
        loaded.problems.append(Problem(str(data_dir), None, "", "the data folder does not exist"))
        return loaded
    for path, folder in _walk(data_dir, display_root, loaded):
        model = MODEL_BY_FOLDER[folder]
        display = _display(path, display_root)
        record, found = _load_one(path, display, model, languages, known)
        loaded.problems += sorted(found, key=lambda p: p.line or 0)
        if record:
            loaded.records.append(record)
        else:
            loaded.failed[path.stem] = model.TYPE  # type: ignore[attr-defined]
    return loaded


def _walk(data_dir: Path, root: Path, loaded: Loaded) -> list[tuple[Path, str]]:
    """The data files to load, as (path, folder): data/<folder>/<file>, two levels, no deeper.

    Nothing is followed or opened here: links, FIFOs, devices and oversized files
    are problems, hidden files and backups are listed in ``loaded.ignored``.
    """
    folders = ", ".join(f"{data_dir.name}/{f}/" for f in MODEL_BY_FOLDER)
    wrong_place = f"is in the wrong place; data files go directly in one of: {folders}"
    found: list[tuple[Path, str]] = []
    for path, info in _entries(data_dir, root, loaded):
        display = _display(path, root)
        if stat.S_ISLNK(info.st_mode):
            loaded.problems.append(Problem(display, None, "", _LINK))
        elif stat.S_ISDIR(info.st_mode):
            found += _walk_folder(path, root, loaded, wrong_place)
        elif not stat.S_ISREG(info.st_mode):
            loaded.problems.append(Problem(display, None, "", _not_regular(info.st_mode)))
        elif path.name not in TOP_LEVEL_FILES:
            loaded.problems.append(Problem(display, None, "", wrong_place))
    return found


def _walk_folder(folder: Path, root: Path, loaded: Loaded, wrong_place: str) -> list[tuple[Path, str]]:
    model = MODEL_BY_FOLDER.get(folder.name)
    found = []
    for path, info in _entries(folder, root, loaded):
        display = _display(path, root)
        if model is None or stat.S_ISDIR(info.st_mode):
            loaded.problems.append(Problem(display, None, "", wrong_place))
        elif problem := _refuse(path, info, display, model):
            loaded.problems.append(problem)
            if path.suffix in (SUFFIX, NOTE_SUFFIX):  # it exists: references to it are not dangling
                loaded.failed[path.stem] = model.TYPE  # type: ignore[attr-defined]
        else:
            found.append((path, folder.name))
    return found


_LINK = "is a symbolic link; data files and folders must be real files and folders in the repository"


def _entries(folder: Path, root: Path, loaded: Loaded) -> list[tuple[Path, os.stat_result]]:
    """The folder's entries by name with their own status (links not followed), without
    README.md, hidden files and backups (those are listed in ``loaded.ignored``)."""
    kept = []
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.name == "README.md":
            continue
        if _is_ignored(entry.name):
            loaded.ignored.append(_display(Path(entry.path), root))
        else:
            kept.append((Path(entry.path), entry.stat(follow_symlinks=False)))
    return kept


def _is_ignored(name: str) -> bool:
    return name.startswith(".") or name.endswith("~") or (name.startswith("#") and name.endswith("#")) or name.endswith(_BACKUP_SUFFIXES)


def _refuse(path: Path, info: os.stat_result, display: str, model: type[Strict]) -> Problem | None:
    """Why this entry of a data folder is not read, if it is not."""
    if stat.S_ISLNK(info.st_mode):
        return Problem(display, None, "", _LINK)
    if not stat.S_ISREG(info.st_mode):
        return Problem(display, None, "", _not_regular(info.st_mode))
    suffix = NOTE_SUFFIX if model is Note else SUFFIX
    if path.suffix == NOTE_SUFFIX and model is not Note:
        return Problem(display, None, "", f"is a Markdown file, and {path.parent.name}/ holds .yml files; "
                                          f"a note (front matter, then Markdown) goes in data/{Note.FOLDER}/: move it there")
    if path.suffix != suffix:
        return Problem(display, None, "", f"has the wrong extension; expected a {suffix} file")
    if info.st_size > MAX_BYTES:
        return too_big(info.st_size, display)
    return None


def _not_regular(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "not a regular file"
    return f"is {kind}; data files must be regular files in the repository"


def _load_one(path: Path, display: str, model: type[Strict], languages: tuple[str, ...], known: tuple[str, ...]) -> tuple[Record | None, list[Problem]]:
    doc, problems = _read_note(path, display) if model is Note else read_yaml_on(path, display)
    if doc is None:
        return None, problems
    ident = path.stem
    if not is_id(ident):
        problems.append(Problem(display, None, "", f"the file name {ident!r} is not a valid id; use lower-case letters, digits and hyphens "
                                                   f"(at most {ID_MAX}), e.g. data-engineer.yml"))
    elif model is Note and DATE_PLACEHOLDER in ident:
        problems.append(Problem(display, None, "", f"the file name still holds {DATE_PLACEHOLDER}: put the note's date there, "
                                                   f"e.g. {ident.replace(DATE_PLACEHOLDER, '2026-12-07')}.md"))
    elif ident in RESERVED_IDS:
        page = "own" if ident == "index" else ident
        problems.append(Problem(display, None, "", f"the id {ident!r} is reserved: it is the path of the section's {page} page; rename the file"))
    problems += _markdown_problems(doc, NOTE_HEADING if model is Note else 2)
    problems += _placeholder_problems(doc, doc.data)
    try:
        data = model.model_validate(doc.data, context={"languages": languages, "known": known})
    except ValidationError as e:
        if other := _fits_elsewhere(doc.data, model, languages):
            folder = f"data/{other.FOLDER}/"  # type: ignore[attr-defined]
            return None, [Problem(display, None, "", f"is in the wrong folder: it is a valid {other.TYPE}, so move it to {folder}")]  # type: ignore[attr-defined]
        problems += [_problem(doc, model, err) for err in e.errors()]
        return None, problems
    if problems:
        return None, problems
    return Record(ident, model.TYPE, data, display, doc), []  # type: ignore[attr-defined]


def _markdown_problems(doc: YamlDoc, min_heading: int = 2) -> list[Problem]:
    """Each Markdown text's problems, on their own line where the text is a literal block
    (``key: |``, or a note's body), else on the line of its key. Read from the raw data, so
    a file with other errors gets these reported too. A passage is one paragraph, list or
    table (its anchors support just that); a point is one short paragraph. Headings start at
    ``min_heading`` (a note's at ####, under its title)."""
    found = []
    for path, text, kind in markdown_texts(doc.data):
        for line, message in text_problems(text, kind, min_heading):
            found.append(Problem(doc.file, doc.text_line(path, line), dotted(path), message))
    return found


NOTE_HEADING = 4
"""A note's own headings start at ####: its title is a ### heading under the page's "Notes"."""


TOO_SLOW = (f"takes more than {RENDER_SECONDS:g} s to render; simplify its Markdown (long runs of brackets, "
            "emphasis markers or nesting make Markdown slow)")
TOO_DEEP = "nests too deeply to render (quotes or lists inside each other); flatten it"


def text_problems(text: str, kind: str = "free", min_heading: int = 2) -> list[tuple[int | None, str]]:
    """A Markdown text's problems as (line within the text, message): what the sanitizer would
    remove, a passage's shape, and a text that takes too long or nests too deep to render."""
    if len(text) > MAX_TEXT[kind]:
        return [(None, f"is {len(text):,} characters long; a {kind} text holds at most {MAX_TEXT[kind]:,} (split it)")]
    try:
        with time_limit():
            found = [(p.line, p.message) for p in markup.problems(text, min_heading=min_heading)]
            if kind != "free" and not found and (message := markup.shape_problem(text, kind == "point")):
                found.append((None, message))
    except TooSlow:
        return [(None, TOO_SLOW)]
    except RecursionError:
        return [(None, TOO_DEEP)]
    return found


def _placeholder_problems(doc: YamlDoc, data: object, path: tuple[str | int, ...] = ()) -> list[Problem]:
    """Every text the scaffold's template wrote for people to replace, still in place."""
    if isinstance(data, str):
        return [Problem(doc.file, doc.line_of(path), dotted(path), PLACEHOLDER)] if is_placeholder(data) else []
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    return [p for key, value in items for p in _placeholder_problems(doc, value, (*path, key))]


def _fits_elsewhere(data: Any, model: type[Strict], languages: tuple[str, ...]) -> type[Strict] | None:
    """The other model this data validates as, if any (a file in the wrong folder)."""
    for other in MODEL_BY_FOLDER.values():
        if other is not model and other is not Note:
            try:
                other.model_validate(data, context={"languages": languages})
            except ValidationError:
                continue
            return other
    return None


_NOTE_EXAMPLE = "---\ntitle: ...\nauthor: ...\ndate: 2026-01-31\nlang: ko\nabout: [data-engineer]\n---"


def _read_note(path: Path, display: str) -> tuple[YamlDoc | None, list[Problem]]:
    """A note: YAML front matter between --- lines, then the Markdown body."""
    text, unseen = read_text(path, display)
    if text is None:
        return None, unseen
    lines = text.replace("\r\n", "\n").split("\n")  # Windows line endings would leave a control character in the body
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None) if lines[0].strip() == "---" else None
    if end is None:
        return None, [Problem(display, 1, "", f"a note starts with front matter between --- lines, e.g.\n{_NOTE_EXAMPLE}")]
    empty = f"has empty front matter; a note starts with front matter between --- lines, e.g.\n{_NOTE_EXAMPLE}"
    doc, problems = parse_yaml("\n".join(lines[1:end]), display, first_line=2, empty=empty)
    if doc is None:
        return None, problems
    if "body" in doc.data:
        return None, [Problem(display, doc.line_of(("body",)), "body", "is not a front matter key; the body is the text after the second ---")]
    doc.data["body"] = "\n".join(lines[end + 1 :])
    doc.lines[("body",)] = end + 2
    doc.text_starts[("body",)] = doc.lines[("body",)]
    return doc, unseen + problems


_NOTE_KEYS = re.compile(r"^(about|author|lang):", re.MULTILINE)
MISPLACED_NOTES = ("notes", "docs")
"""Where a note is easily put by mistake, relative to the project root (beside data/): a notes/
folder, or the hand-written pages (which MkDocs would build as a page of their own)."""


def misplaced_notes(root: Path, data_dir: Path) -> list[Problem]:
    """Markdown files outside ``data/notes/`` whose front matter is a note's (``about:`` with
    ``author:`` or ``lang:``): reported, so a note is neither ignored nor built as a stray page."""
    problems = []
    for folder in MISPLACED_NOTES:
        base = root / folder
        if not base.is_dir() or base.is_symlink():
            continue
        for path in sorted(base.rglob(f"*{NOTE_SUFFIX}")):
            if path.is_file() and not path.is_symlink() and _looks_like_a_note(path):
                target = f"{data_dir.name}/{Note.FOLDER}/{path.name}"
                problems.append(Problem(_display(path, root), None, "", f"is a note, but notes are read only from "
                                        f"{data_dir.name}/{Note.FOLDER}/; move it to {target}"))
    return problems


def _looks_like_a_note(path: Path) -> bool:
    text, _ = read_text(path, path.name, visible=False)
    if not text or not text.startswith("---"):
        return False
    front = text.split("\n---", 1)[0]
    keys = {m.group(1) for m in _NOTE_KEYS.finditer(front)}
    return "about" in keys and len(keys) > 1


def _display(path: Path, root: Path) -> str:
    """A path as messages show it, relative to ``root``; a character that would break the message's
    line (a newline in a file name) is shown as its escape."""
    try:
        shown = path.relative_to(root).as_posix()
    except ValueError:
        shown = path.as_posix()
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in shown)


def _location(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """The key path of a validation error, without pydantic's own steps: validator names,
    and the tag of a list item's kind (``body[1].passage.anchors`` is ``body[1].anchors``)."""
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and part.startswith("function-"):
            continue
        if isinstance(part, str) and part in BLOCK_TAGS and out and isinstance(out[-1], int):
            continue
        out.append(part)
    return tuple(out)


def _problem(doc: YamlDoc, model: type[BaseModel], err: Any) -> Problem:
    loc = _location(err["loc"])
    kind = err["type"]
    key = dotted(loc)
    if kind == "missing":
        msg = "is required but missing"
        if len(loc) > 2 and loc[-3] == "references" and loc[-1] in ("url", "year"):
            msg += f"; {REFERENCE}"
    elif kind == "extra_forbidden" and len(loc) == 1 and (instead := _wrong_side(model, str(loc[0]), doc.file)):
        msg = instead
    elif kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        # In a data file, a near miss is named. (The other files the loader's messages serve, such as
        # search/synonyms.yml, list their keys as before: the search's tests pin those messages.)
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.75) if loc and model in _DATA_MODELS else []
        msg = "is not a known key" + (f"; did you mean {close[0]!r}?" if close else f"; expected one of: {', '.join(allowed)}" if allowed else "")
    elif kind == "too_short" and isinstance(err.get("input"), list):
        msg = _empty(model, loc)
    elif kind == "value_error" and not loc and (m := re.match(r"(\w+): (.*)", str(err["ctx"]["error"]), re.DOTALL)):
        # a check across keys (model.py) names the key it is about first: "sources: ..."
        key, msg = m[1], m[2]
        return Problem(doc.file, doc.line_of((key,)), key, msg)
    elif kind == "string_too_long":
        msg = f"is {len(err['input']):,} characters long; write at most {err['ctx']['max_length']:,}"
    elif kind == "too_long" and isinstance(err.get("input"), (list, dict)):
        msg = f"has {len(err['input']):,} items; at most {err['ctx']['max_length']:,} are allowed here"
    elif kind == "date_type" and err.get("input") is None:
        msg = "is empty; write the day you write the note, as YYYY-MM-DD, e.g. date: 2026-12-07"
    elif kind == "string_type" and isinstance(err.get("input"), bool):
        msg = "is read as true/false (YAML reads yes, no, on and off so); put the word in quotes, e.g. \"on\""
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



REFERENCE = "a reference gives its title, URL and year, e.g. - {title: ..., url: https://..., year: 2015}"

_EMPTY = {
    "areas": "list at least one; the areas the role spans, e.g. areas: [ai-engineering]",
    "steps": "list at least one; a stage has steps, e.g. - {id: raw-data, name: {ko: ..., en: ...}, summary: {ko: ..., en: ...}}",
    "references": "list at least one; e.g. - {title: ..., url: https://..., year: 2015}",
    "about": "list at least one; the ids of the entries the note is about, e.g. about: [data-engineer]",
    "sources": "is an empty list; name the lecture this comes from (- lecture: careers-in-ai), or, for an entry beyond "
               "the lectures, leave sources out and add background: with at least one reference",
    "questions": "is an empty list; list three to five questions a reader asks that this page answers, in the reader's words",
}
"""Plain-language messages for lists written empty, by key (the nearest key of the error's path)."""
_EXAMPLES = {
    "aliases": "ko: [배관공]", "stages": "stages: [data-collection, data-collection#raw-data]",
    "related_roles": "related_roles: [data-engineer]", "skills": "skills: [math-and-statistics]", "tools": "tools: [pytorch]",
    "ethics": "ethics: [bias]", "roles": "roles: [data-engineer]", "related": "related: [annotation]",
    "references": "- {title: ..., url: https://..., year: 2015}",
}
"""What an optional list holds, for the message when it is written empty."""


def _empty(model: type[BaseModel], loc: tuple[str | int, ...]) -> str:
    """What to write instead of an empty list: a list that must not be empty says what it holds;
    one that may be left out is either filled in or left out (``stages: []`` is a relation the
    contributor meant to type)."""
    parent = _model_at(model, loc[:-1])
    localized = isinstance(parent, type) and issubclass(parent, Localized)  # questions.en: the list is a language's
    key = loc[-2] if localized and len(loc) > 1 else loc[-1] if loc else ""
    field = None if localized else getattr(parent, "model_fields", {}).get(key)
    if key in _EMPTY and not (key == "references" and field is not None and not field.is_required()):
        return _EMPTY[str(key)]
    example = f" (e.g. {_EXAMPLES[str(key)]})" if key in _EXAMPLES else ""
    return f"is an empty list; list at least one{example}, or leave the key out"


def _wrong_side(model: type[BaseModel], key: str, file: str) -> str | None:
    from .graph import wrong_side  # graph imports this module for Record

    return wrong_side(getattr(model, "TYPE", ""), key, Path(file).stem)


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
    return list(getattr(_model_at(model, loc), "model_fields", {}))


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> Any:
    """The model of the mapping at ``loc`` (best effort: None where it cannot be told)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is not None:
            current = _model_in(field.annotation)
        elif isinstance(current, type) and issubclass(current, Localized):  # a language's part
            current = _model_in(typing.get_type_hints(current).get("__pydantic_extra__"))
        else:
            return None
        if current is None:
            return None
    return current


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
