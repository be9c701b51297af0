"""Load every data file, validate it against the model, and report all problems at once."""

from __future__ import annotations

import dataclasses
import datetime
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .budget import DATA_SCALE, costliest, too_much_together, work
from .errors import MAX_PROBLEMS_PER_FILE, Problem
from .links import unread_problems
from .model import (
    DEFAULT_LANGUAGES,
    ID_MAX,
    MODEL_BY_FOLDER,
    REF_PATTERN,
    RESERVED_IDS,
    Note,
    SourceNote,
    Strict,
    is_id,
    markdown_texts,
)
from .record import Record, Unread
from .scaffold import DATE_PLACEHOLDER, PLACEHOLDER, is_placeholder, note_filename
from .validate import before_rendering, text_problems, validation_problems
from .yamlfile import MAX_BYTES, YamlDoc, dotted, parse_yaml, read_text, read_yaml_on, too_big

SUFFIX = ".yml"
NOTE_SUFFIX = ".md"
TOP_LEVEL_FILES = frozenset({"terms.yml", "start.yml", "self-check.yml"})
"""Files directly in data/ that are not entries: the terminology list (core/terms.py), the reading
paths of the start page and the self-check questions (render/start.py, render/selfcheck.py)."""

# Editors' swap and backup files and hidden files: never data, but listed so nobody wonders.
_BACKUP_SUFFIXES = (".swp", ".swo", ".bak", ".orig", ".tmp")


@dataclass
class Loaded:
    """Everything one pass over ``data/`` found."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    """id -> type of each file that exists but failed, so references to it are not reported twice."""
    ignored: list[str] = field(default_factory=list)
    """Hidden files and editor backups that were skipped (shown paths), for a log line each."""
    unread: list[Unread] = field(default_factory=list)
    """The files that were read but did not validate, for the graph to check the ids they name."""
    work: int = 0
    """What the data's Markdown texts cost together (budget.work), counted before rendering."""


def load_data(data_dir: Path, display_root: Path | None = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES,
              known: tuple[str, ...] = ()) -> Loaded:
    """Read and validate every file under ``data_dir``; never raises for bad data. Texts must
    have every one of ``languages``; other keys must be ``known`` languages (with labels)."""
    display_root = display_root or data_dir.parent
    loaded = Loaded()
    if not data_dir.is_dir():
        loaded.problems.append(Problem(str(data_dir), None, "", "the data folder does not exist"))
        return loaded
    files = _walk(data_dir, display_root, loaded)
    if too_much := _too_much_data(files, display_root):
        loaded.problems += too_much
        return loaded
    read = []
    for path, folder in files:
        model = MODEL_BY_FOLDER[folder]
        display = _display(path, display_root)
        read.append((path, display, model, *(_read_note(path, display) if model is Note else read_yaml_on(path, display))))
    over_budget = _budget_problems([doc for *_, doc, _ in read if doc is not None], loaded)
    for path, display, model, doc, found in read:
        record, found = _load_one(path, display, model, languages, known, doc, found, render=not over_budget, failed=loaded.failed)
        found = sorted(found, key=lambda p: p.line or 0)
        loaded.problems += found
        if record:
            loaded.records.append(record)
        else:
            loaded.failed.setdefault(path.stem, model.TYPE)  # type: ignore[attr-defined]
            if doc is not None and loaded.failed[path.stem] == model.TYPE and model is not SourceNote:  # type: ignore[attr-defined]
                loaded.unread.append(Unread(model.TYPE, doc, frozenset(p.key for p in found)))  # type: ignore[attr-defined]
    loaded.problems = _shown(_after_their_files(loaded.problems, unread_problems(loaded.unread, loaded.records, loaded.failed)))
    loaded.problems += over_budget
    return loaded


def _after_their_files(problems: list[Problem], more: list[Problem]) -> list[Problem]:
    """``more`` placed after the problems of their own files (in one pass: there may be thousands)."""
    by_file: dict[str, list[Problem]] = {}
    for problem in more:
        by_file.setdefault(problem.file, []).append(problem)
    merged: list[Problem] = []
    for i, problem in enumerate(problems):
        merged.append(problem)
        if i + 1 == len(problems) or problems[i + 1].file != problem.file:
            merged += by_file.pop(problem.file, [])
    return merged + [p for rest in by_file.values() for p in rest]


def _shown(problems: list[Problem]) -> list[Problem]:
    """The first MAX_PROBLEMS_PER_FILE problems of each file, then how many more it has."""
    counts: dict[str, int] = {}
    shown = []
    for problem in problems:
        counts[problem.file] = counts.get(problem.file, 0) + 1
        if counts[problem.file] <= MAX_PROBLEMS_PER_FILE:
            shown.append(problem)
    for file, count in counts.items():
        if count > MAX_PROBLEMS_PER_FILE:
            last = max(i for i, p in enumerate(shown) if p.file == file)
            shown.insert(last + 1, Problem(file, None, "", f"and {count - MAX_PROBLEMS_PER_FILE:,} more problems in this "
                                                            "file, not shown: fix these first, then check again", last=True))
    return shown


MAX_DATA_BYTES = 8 * 1024 * 1024 * DATA_SCALE
"""All data files together (the atlas's are about 1.2 MB): each is read and parsed before
anything is checked, so many large files would stall a build before any message."""


def _too_much_data(files: list[tuple[Path, str]], display_root: Path) -> list[Problem]:
    """The largest files, named, when all data files together are over MAX_DATA_BYTES (their
    sizes read without opening them)."""
    sizes = [(path.stat().st_size, path) for path, _ in files]
    total = sum(size for size, _ in sizes)
    if total <= MAX_DATA_BYTES:
        return []
    return [Problem(_display(path, display_root), None, "", f"the data files hold {total / 2**20:.1f} MiB together, over "
                    f"the {MAX_DATA_BYTES // 2**20} MiB the atlas reads; this file is one of the largest ({size / 1024:.0f} KiB): "
                    "shorten or remove files") for size, path in sorted(sizes, reverse=True)[:5]]


def _budget_problems(docs: list[YamlDoc], loaded: Loaded) -> list[Problem]:
    """The costliest texts, named, when the data's texts together are more work than TOTAL_WORK
    (counted before any is rendered, without timing; a text refused on its own is not counted)."""
    costs = [(work(text), (doc.file, doc.text_line(path, 0), dotted(path)))
             for doc in docs for path, text, kind in markdown_texts(doc.data) if before_rendering(text, kind) is None]
    loaded.work = sum(cost for cost, _ in costs)
    return [Problem(file, line, key, too_much_together(cost, loaded.work)) for cost, (file, line, key) in costliest(costs)]


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


def _load_one(path: Path, display: str, model: type[Strict], languages: tuple[str, ...], known: tuple[str, ...],
              doc: YamlDoc | None, problems: list[Problem], render: bool = True,
              failed: dict[str, str] | None = None) -> tuple[Record | None, list[Problem]]:
    """The record of one file read into ``doc`` (None with ``problems`` if it could not be read);
    its Markdown texts are rendered and checked only if ``render`` (the data is within its budget).
    A file in the wrong folder that is a valid entry of another kind is put in ``failed`` as that
    kind, so the links to it are not reported as unknown: moving it is the one fix."""
    if doc is None:
        return None, problems
    ident = path.stem
    if not is_id(ident) and model is Note:
        problems.append(Problem(display, None, "", f"the file name {path.name!r} is not <entry>-<yyyy-mm-dd>-<lang>{NOTE_SUFFIX} in lower-case "
                                                   f"letters, digits and hyphens; rename it to {_note_name_for(ident, doc.data)}"))
    elif not is_id(ident):
        problems.append(Problem(display, None, "", f"the file name {ident!r} is not a valid id; use lower-case letters, digits and hyphens "
                                                   f"(at most {ID_MAX}), e.g. data-engineer.yml"))
    elif model is Note and DATE_PLACEHOLDER in ident:
        problems.append(Problem(display, None, "", f"the file name still holds {DATE_PLACEHOLDER}: put the note's date there, "
                                                   f"e.g. {ident.replace(DATE_PLACEHOLDER, '2026-12-07')}.md"))
    elif ident in RESERVED_IDS:
        page = "own" if ident == "index" else ident
        problems.append(Problem(display, None, "", f"the id {ident!r} is reserved: it is the path of the section's {page} page; rename the file"))
    problems += _markdown_problems(doc, NOTE_HEADING if model is Note else 2, render)
    problems += _placeholder_problems(doc, doc.data)
    try:
        data = model.model_validate(doc.data, context={"languages": languages, "known": known})
    except ValidationError as e:
        if other := _fits_elsewhere(doc.data, model, languages):
            folder = f"data/{other.FOLDER}/"  # type: ignore[attr-defined]
            if failed is not None:
                failed[ident] = other.TYPE  # type: ignore[attr-defined]
            if (path.parent.parent / other.FOLDER / path.name).exists():  # type: ignore[attr-defined]
                return None, [Problem(display, None, "", f"is in the wrong folder: it is a valid {other.TYPE}, but the id {ident!r} is "  # type: ignore[attr-defined]
                                      f"taken there ({folder}{path.name} exists); rename this file to an id of its own and move it to {folder}")]
            return None, [Problem(display, None, "", f"is in the wrong folder: it is a valid {other.TYPE}, so move it to {folder}")]  # type: ignore[attr-defined]
        found = validation_problems(doc, model, e)
        problems += [_note_hint(p, ident, doc.data) for p in found] if model is Note else found
        return None, problems
    if isinstance(data, Note) and not problems:
        problems += _note_problems(ident, data, doc)
    if problems:
        return None, problems
    return Record(ident, model.TYPE, data, display, doc), []  # type: ignore[attr-defined]


NOTE_NAME = re.compile(r"(?P<about>[a-z0-9]+(?:-[a-z0-9]+)*?)-(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})-(?P<lang>[a-z]{2})(?:-(?P<n>[2-9]|[1-9][0-9]+))?")
"""A note's file name: ``<entry>-<yyyy-mm-dd>-<lang>.md``, and ``-2``, ``-3``... after it for a second
or third note on one page on one day in one language."""

LATEST_TIME_ZONE = datetime.timezone(datetime.timedelta(hours=14))
"""Where the day starts first (UTC+14): a note dated today in its writer's time zone is never in the future."""
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


def _note_problems(ident: str, note: Note, doc: YamlDoc) -> list[Problem]:
    """A note's file name, date and language agree: the name holds its date and language, the
    date is not after today anywhere on Earth (a contributor's own date passes, whatever their time
    zone), and its title and text are written in its language (the clear
    cases: a Korean note with no Hangul at all, an English one mostly in Hangul)."""
    date, lang = note.date.isoformat(), note.lang
    m = NOTE_NAME.fullmatch(ident)
    if m is None:
        return [Problem(doc.file, None, "", f"the file name {ident}{NOTE_SUFFIX} is not <entry>-<yyyy-mm-dd>-<lang>{NOTE_SUFFIX}; "
                                            f"rename it to {note_filename(note.about[0], lang, date)} (a second note that day: ...-{lang}-2{NOTE_SUFFIX})")]
    renamed = note_filename(note.about[0], lang, date, int(m["n"] or 1))
    problems = []
    named = note_filename(note.about[0], m["lang"], m["date"], int(m["n"] or 1))
    if named != f"{ident}{NOTE_SUFFIX}":  # the same date, language and number: the entry differs
        problems.append(Problem(doc.file, doc.line_of(("about", 0)), "about[0]", f"the file name names {m['about']!r}, but the note is about "
                                f"{note.about[0]!r} first; rename the file to {renamed}, or list the entry the file name names first"))
    seen: set[str] = set()
    for i, ref in enumerate(note.about):
        if ref in seen:
            problems.append(Problem(doc.file, doc.line_of(("about", i)), f"about[{i}]", f"{ref!r} is listed twice; keep one"))
        seen.add(ref)
    if m["date"] != date:
        problems.append(Problem(doc.file, doc.line_of(("date",)), "date", f"{date} is not the date in the file name ({m['date']}); "
                                f"make them the same day: set date: {m['date']}, or rename the file to {renamed}"))
    if note.date > datetime.datetime.now(LATEST_TIME_ZONE).date():
        problems.append(Problem(doc.file, doc.line_of(("date",)), "date", f"{date} is in the future (after today's date in every time zone); "
                                "write the day you write the note, as YYYY-MM-DD (and the same day in the file name)"))
    if m["lang"] != lang:
        problems.append(Problem(doc.file, doc.line_of(("lang",)), "lang", f"is {lang}, but the file name ends in -{m['lang']}; "
                                f"make them agree: set lang: {m['lang']}, or rename the file to {renamed}"))
    text = f"{note.title}\n{note.body}"
    letters = sum(ch.isalpha() for ch in text)
    hangul = len(_HANGUL.findall(text))
    if lang == "ko" and not hangul:
        problems.append(Problem(doc.file, doc.line_of(("lang",)), "lang", "is ko, but the title and text have no Hangul; write the "
                                "note in Korean, or, if it is in English, set lang: en and end the file name in -en.md"))
    elif lang == "en" and hangul * 2 > letters:
        problems.append(Problem(doc.file, doc.line_of(("lang",)), "lang", "is en, but most letters of the title and text are Hangul; "
                                "set lang: ko and end the file name in -ko.md, or write the note in English"))
    return problems


def _note_name_for(ident: str, data: Any) -> str:
    """The file name a note named ``ident`` (not an id) should have: from its front matter where it
    gives the entry, date and language, else its own name in lower case with hyphens
    (``Data-Engineer-2026-12-01-en (2)`` -> ``data-engineer-2026-12-01-en-2``)."""
    own = re.sub(r"[^a-z0-9]+", "-", ident.lower()).strip("-")
    m = NOTE_NAME.fullmatch(own)
    n = int(m["n"]) if m and m["n"] else 1
    about, date, lang = (data.get(k) for k in ("about", "date", "lang")) if isinstance(data, dict) else (None, None, None)
    if (isinstance(about, list) and about and isinstance(about[0], str) and re.fullmatch(REF_PATTERN, about[0])
            and type(date) is datetime.date and lang in ("ko", "en")):
        return note_filename(about[0], lang, date.isoformat(), n)
    return f"{own[:ID_MAX]}{NOTE_SUFFIX}"


def _note_hint(problem: Problem, ident: str, data: dict[str, Any]) -> Problem:
    """A note's validation problem with its fix where the file name or the format tells it: the
    text missing below the front matter, the language or date the file name holds."""
    m = NOTE_NAME.fullmatch(ident)
    if problem.key == "body" and isinstance(data.get("body"), str) and not data["body"].strip():
        message = "the note has no text; write it below the front matter (after the second ---)"
    elif problem.key in ("lang", "date") and problem.key not in data and m:
        message = f"{problem.message}; add {problem.key}: {m[problem.key]} (the file name {ident}{NOTE_SUFFIX} says so)"
    elif problem.key == "lang" and "lang" not in data:
        message = f"{problem.message}; add lang: ko or lang: en, the language the note is written in"
    else:
        return problem
    return dataclasses.replace(problem, message=message)


def _markdown_problems(doc: YamlDoc, min_heading: int = 2, render: bool = True) -> list[Problem]:
    """Each Markdown text's problems, on their own line where the text is a literal block
    (``key: |``, or a note's body), else on the line of its key. Read from the raw data, so
    a file with other errors gets these reported too. A passage is one paragraph, list or
    table (its anchors support just that); a point is one short paragraph. Headings start at
    ``min_heading`` (a note's at ####, under its title). Without ``render`` (the data's texts
    are over their budget), only what refuses a text before it is rendered."""
    found = []
    for path, text, kind in markdown_texts(doc.data):
        problems = text_problems(text, kind, min_heading) if render else before_rendering(text, kind) or []
        for line, message in problems:
            found.append(Problem(doc.file, doc.text_line(path, line), dotted(path), message))
    return found


NOTE_HEADING = 4
"""A note's own headings start at ####: its title is a ### heading under the page's "Notes"."""


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
    lines = text.split("\n")  # line breaks of any kind are "\n" once read
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
